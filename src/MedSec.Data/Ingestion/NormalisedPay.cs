using MedSec.Domain.Observations;

namespace MedSec.Data.Ingestion;

/// <summary>The normalised pay of one record: full-time monthly gross in cents, whether it was net, and its flag.</summary>
internal readonly record struct NormalisedPay(long GrossCents, bool ConvertedFromNet, ObservationFlags Flags, string? FlagReason)
{
    public decimal MonthlyGross => GrossCents / 100m;
}
