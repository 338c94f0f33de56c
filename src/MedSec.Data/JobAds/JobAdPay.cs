using MedSec.Domain.Observations;

namespace MedSec.Data.JobAds;

/// <summary>
/// The pay of an offer brought to a full-time (35 h) month, 12 months a year, with what was doubtful about it.
/// </summary>
/// <param name="Basis">The basis the figures were read in (an annual figure labelled monthly is read as annual).</param>
/// <param name="Amount">The middle of the offered range, in <paramref name="Basis"/>, to the cent.</param>
/// <param name="MonthsPaid">Months paid a year as used (12 when the text gives none or a nonsense figure).</param>
/// <param name="MonthlyGrossMin">The low end, full-time monthly gross, to the cent.</param>
/// <param name="MonthlyGrossMax">The high end, full-time monthly gross, to the cent.</param>
/// <param name="MonthlyGross">The middle of the range, full-time monthly gross, to the cent.</param>
/// <param name="FlagReason">Why the offer is flagged (one sentence per reason), or null.</param>
public sealed record JobAdPay(
    PayBasis Basis,
    decimal Amount,
    decimal MonthsPaid,
    decimal MonthlyGrossMin,
    decimal MonthlyGrossMax,
    decimal MonthlyGross,
    ObservationFlags Flags,
    string? FlagReason)
{
    public bool IsFlagged => Flags != ObservationFlags.None;
}
