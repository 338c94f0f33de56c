namespace MedSec.Domain.Codes;

/// <summary>Zone of the indemnité de résidence (décret 85-1148 art. 9); rates live in data/reference.</summary>
public enum ResidenceZone
{
    Zone1 = 1,
    Zone2 = 2,
    /// <summary>The default: most communes.</summary>
    Zone3 = 3,
}
