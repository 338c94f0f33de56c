using MedSec.Domain.Reference;

namespace MedSec.Domain.Pay;

/// <summary>The SMIC in force (Code du travail art. L3231-2; revalued by décret, see data/reference).</summary>
public static class SmicRules
{
    /// <summary>The SMIC row in force at a date; bad input when the date is before any known SMIC.</summary>
    public static SmicRate At(ReferenceData data, DateOnly date) =>
        data.SmicAt(date) ?? throw PayErrors.NoData("le SMIC", date, data.Smic.Select(s => (DateOnly?)s.ValidFrom).Min());

    /// <summary>The full-time (151.67 h) monthly SMIC in force at a date.</summary>
    public static decimal MonthlyAt(ReferenceData data, DateOnly date) => At(data, date).Monthly;
}
