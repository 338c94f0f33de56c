namespace MedSec.Domain.Pay;

/// <summary>The legal floor of a private job (plancher légal): max(SMIC for the hours, agreement minimum).</summary>
/// <param name="Binding"><c>smic</c> or <c>agreement</c>: which of the two sets the floor.</param>
public sealed record LegalFloor(
    string Agreement,
    string Level,
    DateOnly Date,
    decimal WeeklyHours,
    decimal AgreementMinimum,
    decimal Smic,
    decimal Floor,
    string Binding,
    DateOnly AsOf,
    IReadOnlyList<string> Warnings)
{
    /// <summary>The agreement's add-ons for the years asked, in % of its minimum, included in <see cref="AgreementMinimum"/> (0: none).</summary>
    public decimal AddOnPercent { get; init; }
}
