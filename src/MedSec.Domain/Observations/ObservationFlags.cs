namespace MedSec.Domain.Observations;

/// <summary>Why an accepted observation is suspicious. Flagged observations are accepted and kept, with the reason.</summary>
[Flags]
public enum ObservationFlags : byte
{
    None = 0,
    /// <summary>The full-time monthly gross is below the legal floor (the SMIC) in force at the observation's date.</summary>
    BelowFloor = 1,
    /// <summary>The full-time monthly gross is more than 3× the reference P90: probably a typo or a wrong pay basis.</summary>
    Absurd = 2,
}
