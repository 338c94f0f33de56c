namespace MedSec.Domain.Observations;

/// <summary>Whether an amount is before or after employee contributions (brut / net avant impôt).</summary>
public enum PayKind
{
    /// <summary>Brut.</summary>
    Gross,
    /// <summary>Net avant impôt sur le revenu.</summary>
    Net,
}
