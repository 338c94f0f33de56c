using MedSec.Domain.Codes;

namespace MedSec.Domain.Observations;

/// <summary>ASCII codes of the observation-only values, as written in canonical observation files and the store.</summary>
public static class ObservationCodes
{
    public static readonly CodeMap<PayBasis> Bases = new([
        (PayBasis.Hourly, "hourly"), (PayBasis.Monthly, "monthly"), (PayBasis.Annual, "annual")]);

    public static readonly CodeMap<PayKind> Kinds = new([(PayKind.Gross, "gross"), (PayKind.Net, "net")]);

    public static readonly CodeMap<Gender> Genders = new([(Gender.Female, "f"), (Gender.Male, "m")]);

    public static readonly CodeMap<ObservationFlags> Flags = new([
        (ObservationFlags.None, "none"), (ObservationFlags.BelowFloor, "below-floor"), (ObservationFlags.Absurd, "absurd")
    ]);
}
