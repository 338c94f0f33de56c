using MedSec.Domain.Observations;

namespace MedSec.Data.Ingestion;

/// <summary>The normalised pay of one record: full-time monthly gross, whether it was net, and its flag.</summary>
internal readonly record struct NormalisedPay(decimal MonthlyGross, bool ConvertedFromNet, ObservationFlags Flags, string? FlagReason);
