using MedSec.Domain.Codes;

namespace MedSec.Domain.Observations;

/// <summary>ASCII codes of the observation-only values, as written in canonical observation files and the store.</summary>
public static class ObservationCodes
{
    public static readonly CodeMap<PayBasis> Bases = new([
        (PayBasis.Hourly, "hourly"), (PayBasis.Monthly, "monthly"), (PayBasis.Annual, "annual")]);

    public static readonly CodeMap<PayKind> Kinds = new([(PayKind.Gross, "gross"), (PayKind.Net, "net")]);

    public static readonly CodeMap<Gender> Genders = new([(Gender.Female, "f"), (Gender.Male, "m")]);

    /// <summary>The code of each single flag; a row may carry several (<see cref="FlagsCode"/>).</summary>
    public static readonly CodeMap<ObservationFlags> Flags = new([
        (ObservationFlags.None, "none"), (ObservationFlags.BelowFloor, "below-floor"), (ObservationFlags.Absurd, "absurd")
    ]);

    /// <summary>Between the codes of several flags ("below-floor,absurd"), as lists of codes are written in requests.</summary>
    public const char FlagSeparator = ',';

    private static readonly ObservationFlags[] SingleFlags = [.. Enum.GetValues<ObservationFlags>().Where(f => f != ObservationFlags.None)];

    /// <summary>
    /// "none", one flag's code, or the codes of all the flags carried, in declaration order and joined by
    /// <see cref="FlagSeparator"/>: a row can be both under the SMIC and absurd (a part of a range read as a year).
    /// </summary>
    public static string FlagsCode(ObservationFlags flags) =>
        flags == ObservationFlags.None
            ? Flags.ToCode(ObservationFlags.None)
            : string.Join(FlagSeparator, SingleFlags.Where(f => flags.HasFlag(f)).Select(Flags.ToCode));

    /// <summary>Reads <see cref="FlagsCode"/> back (codes in any order and case, spaces around them ignored).</summary>
    public static bool TryParseFlags(string? code, out ObservationFlags flags)
    {
        flags = ObservationFlags.None;
        if (code is null) return false;
        var parts = code.Split(FlagSeparator);
        if (parts.Length == 1) return Flags.TryParse(code, out flags);
        foreach (var part in parts)
        {
            // "none" only stands alone: "none,absurd" is a writing error, not absurd.
            if (!Flags.TryParse(part, out var flag) || flag == ObservationFlags.None) return false;
            flags |= flag;
        }
        return true;
    }
}
