namespace MedSec.Domain.Reference;

/// <summary>
/// One band of the overtime premium (majoration des heures supplémentaires, overtime_premiums.csv): the overtime hours
/// of a week from <paramref name="FromHour"/> (exclusive) to <paramref name="ToHour"/> (inclusive, null: no end), counted
/// beyond the 35 h of the legal week, are paid <paramref name="Rate"/> more than an ordinary hour.
/// </summary>
public sealed record OvertimePremium(
    decimal FromHour, decimal? ToHour, decimal Rate, DateOnly ValidFrom, DateOnly? ValidTo, string Status, string Source);
