namespace MedSec.Analytics.Imports;

/// <summary>Where an import stands: reading (bytes of the file) then storing (rows).</summary>
public sealed record ImportProgress(ImportStage Stage, long Done, long Total);

public enum ImportStage
{
    Reading,
    Storing,
}
