using MedSec.Domain.Grids;
using MedSec.Domain.Observations;
using MedSec.Domain.Pay;

namespace MedSec.Domain.Transparency;

/// <summary>
/// Pay-gap figures of a payroll (Directive (EU) 2023/970 art. 9: mean and median gaps, base and variable components,
/// per category of workers, quartile bands; art. 10: a gap of at least 5 % in a category calls for a joint pay
/// assessment). Pure: the median comes from the DataFrame layer through <see cref="MedianFunction"/>.
/// </summary>
public static class PayGapRules
{
    /// <summary>Art. 10(1)(a): a difference in average pay level of at least 5 % in a category of workers.</summary>
    public const decimal AlertThresholdPercent = 5m;

    public const string TitleOverall = "Ensemble";

    public static PayGapReport Report(IReadOnlyList<EmployeePay> employees, int k, MedianFunction median)
    {
        if (k < 1) throw new ArgumentOutOfRangeException(nameof(k), k, "k is at least 1.");
        var known = employees.Where(e => e.Gender is not null).ToList();
        var categories = employees
            .GroupBy(e => LevelText.Key(e.Category), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Category(g.First().Category, [.. g.Where(e => e.Gender is not null)], k, median))
            .ToList();
        // The alert concerns categories of workers (art. 10); the whole workforce is not one.
        var overall = Category(TitleOverall, known, k, median) with { Alert = false, Note = null };
        var warnings = new List<string>();
        var hidden = categories.Count(c => !c.Shown);
        if (hidden > 0) warnings.Add(TransparencyTexts.HiddenCategories(hidden, k));
        var withoutGender = employees.Count - known.Count;
        if (withoutGender > 0) warnings.Add(TransparencyTexts.WithoutGender(withoutGender));
        var quartiles = Quartiles(known, k);
        if (quartiles is null && known.Count > 0) warnings.Add(TransparencyTexts.NoQuartiles(k));
        return new PayGapReport(k, AlertThresholdPercent, employees.Count, withoutGender, overall, categories, quartiles,
            [.. categories.Where(c => c.Alert).Select(c => c.Category)], warnings);
    }

    /// <summary>The figures of one group of employees whose sex is known.</summary>
    public static CategoryGap Category(string name, IReadOnlyList<EmployeePay> group, int k, MedianFunction median)
    {
        if (group.Count < k) return new CategoryGap(name, false, null, null, null, null, null, false, TransparencyTexts.UnderK(k));
        var women = group.Where(e => e.Gender == Gender.Female).Select(PayMeasures.Of).ToList();
        var men = group.Where(e => e.Gender == Gender.Male).Select(PayMeasures.Of).ToList();
        if (women.Count == 0 || men.Count == 0)
            return new CategoryGap(name, true, group.Count, Averages(women, median), Averages(men, median), null, null, false, TransparencyTexts.OneSex);
        var annual = Table(women, men, PayUnit.Annual, median);
        var hourly = Table(women, men, PayUnit.Hourly, median);
        var alert = hourly.Total.MeanGap is { } gap && Math.Abs(gap) >= AlertThresholdPercent;
        return new CategoryGap(name, true, group.Count, Averages(women, median), Averages(men, median), annual, hourly, alert,
            alert ? TransparencyTexts.Alert(hourly.Total.MeanGap!.Value) : null);
    }

    /// <summary>
    /// The workforce ranked by hourly total pay (ties by employee id) and cut into four quarters of equal size (the first
    /// ones one larger when the count does not divide by 4); null when a quarter would hold fewer than k people.
    /// </summary>
    public static IReadOnlyList<QuartileBand>? Quartiles(IReadOnlyList<EmployeePay> known, int k)
    {
        var n = known.Count;
        if (n == 0 || n / 4 < k) return null;
        var ranked = known.OrderBy(e => PayMeasures.Of(e).HourlyTotal).ThenBy(e => e.EmployeeId, StringComparer.Ordinal).ToList();
        var bands = new List<QuartileBand>(4);
        var start = 0;
        for (var q = 0; q < 4; q++)
        {
            var size = n / 4 + (q < n % 4 ? 1 : 0);
            var slice = ranked.GetRange(start, size);
            start += size;
            var women = slice.Count(e => e.Gender == Gender.Female);
            bands.Add(new QuartileBand(q + 1, women, size - women, Math.Round(women / (decimal)size, 4, MidpointRounding.AwayFromZero)));
        }
        return bands;
    }

    /// <summary>(men − women) ÷ men × 100 to 2 decimals; null when the men's figure is zero.</summary>
    public static decimal? Gap(decimal women, decimal men) =>
        men == 0m ? null : Math.Round((men - women) / men * 100m, 2, MidpointRounding.AwayFromZero);

    private static GapTable Table(List<PayMeasures> women, List<PayMeasures> men, PayUnit unit, MedianFunction median) => new(
        Figure(women, men, PayComponent.Base, unit, median),
        Figure(women, men, PayComponent.Variable, unit, median),
        Figure(women, men, PayComponent.Total, unit, median));

    private static GapFigure Figure(List<PayMeasures> women, List<PayMeasures> men, PayComponent component, PayUnit unit, MedianFunction median)
    {
        var w = women.Select(m => m.Get(component, unit)).ToList();
        var m = men.Select(x => x.Get(component, unit)).ToList();
        return new GapFigure(Gap(w.Average(), m.Average()), Gap(median(w), median(m)));
    }

    private static SexAverages? Averages(List<PayMeasures> group, MedianFunction median) => group.Count == 0
        ? null
        : new SexAverages(
            group.Count,
            Money.Cents(group.Average(m => m.AnnualBase)),
            Money.Cents(group.Average(m => m.AnnualVariable)),
            Money.Cents(group.Average(m => m.AnnualTotal)),
            Money.Cents(group.Average(m => m.HourlyTotal)),
            Money.Cents(median([.. group.Select(m => m.HourlyTotal)])),
            Math.Round(group.Count(m => m.AnnualVariable > 0) / (decimal)group.Count, 4, MidpointRounding.AwayFromZero));
}
