using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedSec.Analytics.Grids;
using MedSec.Domain.Observations;
using MedSec.Domain.Transparency;
using static MedSec.Analytics.Tests.Grids.Payrolls;

namespace MedSec.Analytics.Tests.Grids;

/// <summary>
/// An information letter never tells its reader one colleague's pay (Directive (EU) 2023/970 art. 12(3)), over generated
/// categories of 1 to 9 people (one to three men, so that groups of one and two are common) and every reader among them.
/// </summary>
public class InformationLetterPrivacyProperties
{
    private static readonly DateOnly Date = new(2026, 3, 1);

    /// <summary>A category "A" of people with distinct matricules, part-time and bonuses included; the reader's index.</summary>
    private static readonly Gen<(List<EmployeePay> Staff, int Reader)> Categories =
        from size in Gen.Choose(1, 9)
        from men in Gen.Choose(0, 3)
        from cents in Gen.ArrayOf(Gen.Choose(150_000, 400_000), size)
        from bonuses in Gen.ArrayOf(Gen.Choose(0, 3_000), size)
        from ftes in Gen.ArrayOf(Gen.Elements(1m, 0.8m, 0.5m), size)
        from reader in Gen.Choose(0, size - 1)
        select (Enumerable.Range(0, size)
            .Select(i => Employee($"E{i}", i < Math.Min(men, size) ? Gender.Male : Gender.Female, "A", cents[i] / 100m, ftes[i], bonuses[i]))
            .ToList(), reader);

    /// <summary>The colleagues who are, the reader apart, alone of their sex in the category: an average of their sex
    /// would be their pay (directly, or twice it less the reader's own).</summary>
    private static IEnumerable<int> LoneColleagues(List<EmployeePay> staff, int reader) =>
        Enumerable.Range(0, staff.Count).Where(i => i != reader
            && staff.Where((e, j) => j != reader && e.Gender == staff[i].Gender).Count() == 1);

    /// <summary>
    /// The letter does not depend on a lone colleague's pay: whatever that colleague earns (another base, other bonuses),
    /// the reader's letter is the same, so nothing in it can be that pay. Before the rule, a category of five women and one
    /// man gave each woman "the men's average", his annual pay to the cent.
    /// </summary>
    [Property(MaxTest = 300)]
    public Property ALetterIsTheSameWhateverALoneColleagueEarns() =>
        Prop.ForAll(Categories.ToArbitrary(), Gen.Choose(1, 90_000).ToArbitrary(), (category, raise) =>
        {
            var (staff, reader) = category;
            var letter = TransparencyService.Letter(staff, staff[reader].EmployeeId, Date);
            return LoneColleagues(staff, reader).All(i =>
            {
                var changed = staff.Select((e, j) => j == i ? e with { BaseMonthlyGross = e.BaseMonthlyGross + raise / 100m, AnnualBonuses = e.AnnualBonuses + raise } : e).ToList();
                return TransparencyService.Letter(changed, staff[reader].EmployeeId, Date) == letter;
            }).Label($"reader {staff[reader].EmployeeId} of {string.Join(", ", staff.Select(e => $"{e.EmployeeId} {e.Gender} {e.BaseMonthlyGross}"))}");
        });

    /// <summary>
    /// The rule withholds no more than it must: in a category of at least k = 5, a sex whose members other than the reader
    /// are none (the reader's own pay) or two or more is stated, with its headcount and its mean annual pay
    /// (base × 12 + bonuses, averaged, to the cent), computed here from the definition.
    /// </summary>
    [Property(MaxTest = 300)]
    public Property EveryOtherAverageOfAShownCategoryIsStated() =>
        Prop.ForAll(Categories.ToArbitrary(), category =>
        {
            var (staff, reader) = category;
            var letter = TransparencyService.Letter(staff, staff[reader].EmployeeId, Date);
            if (staff.Count < 5) return letter.Women is null && letter.Men is null;
            return new[] { (Gender.Female, letter.Women), (Gender.Male, letter.Men) }.All(s =>
            {
                var group = staff.Where(e => e.Gender == s.Item1).ToList();
                var others = group.Count(e => e.EmployeeId != staff[reader].EmployeeId);
                if (group.Count == 0 || others == 1) return s.Item2 is null;
                var mean = Math.Round(group.Average(e => e.BaseMonthlyGross * 12m + e.AnnualBonuses), 2, MidpointRounding.AwayFromZero);
                return s.Item2 is { } stated && stated.Count == group.Count && stated.MeanAnnualTotal == mean;
            });
        });
}
