using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedSec.Analytics.Pay;
using MedSec.Domain.Codes;
using MedSec.Domain.Pay;
using MedSec.Domain.Reference;
using static MedSec.Analytics.Tests.Pay.RealReference;

namespace MedSec.Analytics.Tests.Pay;

/// <summary>
/// The floor of a région, over the bundled data and every région: never under that région's own SMIC (Mayotte's in
/// Mayotte, the métropole's everywhere else), and for any région but Mayotte exactly the floor asked without a région,
/// as every floor was before régions were told apart.
/// </summary>
public class TerritoryFloorProperties
{
    private static readonly DateOnly From = D("2020-01-01");
    private static readonly DateOnly To = D("2028-12-31");
    private static readonly IReadOnlyList<string> None = [];

    private sealed record Case(AgreementMinimum Level, DateOnly Date, decimal Hours, Region Region);

    private static readonly Gen<Case> Cases =
        from level in Gen.Elements(Services.Reference.AgreementMinima.ToArray())
        from days in Gen.Choose(0, To.DayNumber - From.DayNumber)
        // The hours a floor is asked for: a quarter of an hour at a time, within the limits the rules accept (1 to 48 h).
        from quarterHours in Gen.Choose((int)(WorkingTime.MinimumWeeklyHours * 4), (int)(WorkingTime.MaximumWeeklyHours * 4))
        from region in Gen.Elements(CodeBook.RegionNames.Keys.ToArray())
        let date = From.AddDays(days)
        where level.ValidFrom <= date
        select new Case(level, date, quarterHours / 4m, new Region(region));

    /// <summary>The hourly SMIC of a région's own series at a date, read from the tables (Mayotte: smic_mayotte.csv).</summary>
    private static decimal Hourly(Region region, DateOnly date) =>
        (region.Code == "06" ? Services.Reference.MayotteSmic : Services.Reference.Smic)
        .Where(s => s.ValidFrom <= date).MaxBy(s => s.ValidFrom)!.Hourly;

    [Property(MaxTest = 300, Replay = "(976,2027)")]
    public Property TheFloorIsNeverUnderTheRegionsOwnSmic() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var floor = Service.Floor(new FloorQuery(c.Level.Agreement, c.Level.Level, c.Date, c.Hours, Region: c.Region));
            // The SMIC is hourly (Code du travail art. L3231-2): H hours a week are H × 52 / 12 hours a month, each paid at
            // least the hourly SMIC (overtime premiums only add to it); at most 35 h, exactly that.
            var least = Math.Round(Hourly(c.Region, c.Date) * c.Hours * 52m / 12m, 2, MidpointRounding.AwayFromZero);
            return floor.Floor >= least && floor.Floor >= floor.AgreementMinimum
                && (c.Hours > 35m ? floor.Smic >= least : floor.Smic == least);
        });

    [Property(MaxTest = 300, Replay = "(1147,2025)")]
    public Property OutsideMayotteTheFloorIsTheOneAskedWithoutARegion() =>
        Prop.ForAll(Cases.Where(c => c.Region.Code != "06").ToArbitrary(), c =>
        {
            var query = new FloorQuery(c.Level.Agreement, c.Level.Level, c.Date, c.Hours);
            var before = Service.Floor(query);
            var now = Service.Floor(query with { Region = c.Region });
            return now with { Warnings = None } == before with { Warnings = None } && now.Warnings.SequenceEqual(before.Warnings);
        });
}
