using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedSec.Data.Payroll;
using MedSec.Data.Reference;
using MedSec.Data.Tests.Reference;
using MedSec.Domain.Reference;

namespace MedSec.Data.Tests.Payroll;

/// <summary>
/// A part-timer paid the SMIC of their hours, as the law fixes it (the hourly SMIC × the hours of the month, H × 52 / 12,
/// rounded once to the cent: Code du travail art. L3232-3), is not under the SMIC, and a cent less is. Before, the rounded
/// full-time SMIC was pro-rated (1 867,02 × 22 / 35 = 1 173,555 → 1 173,56 €), flagging 1 173,55 €, which `pay floor`
/// gives as the SMIC for 22 h (12,31 × 22 × 52 / 12 = 1 173,553…). Fixed seeds.
/// </summary>
public class PartTimeFloorTests
{
    private static readonly IReadOnlyList<SmicRate> Smic = ReferenceDataLoader.Load(TestPaths.BundledReference).Smic;

    private static PayrollIngestResult Run(decimal hours, decimal basePay, DateOnly today) =>
        PayrollPipeline.Run("paie.csv", System.Text.Encoding.UTF8.GetBytes(
            "Matricule;Heures hebdo;Salaire de base\n" +
            $"P1;{IngestNumber(hours)};{IngestNumber(basePay)}\n"), new PayrollPipelineOptions(today, PayrollText.Smic));

    private static string IngestNumber(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture).Replace('.', ',');

    /// <summary>The hourly SMIC × H × 52 / 12, rounded half away from zero, written here from the law, not from the rules.</summary>
    private static decimal ByHand(decimal hourly, decimal hours) => Math.Round(hourly * hours * 52m / 12m, 2, MidpointRounding.AwayFromZero);

    [Fact]
    public void TwentyTwoHoursPaidTheSmicOfTheirHoursAreNotFlaggedAndKeepAnExactFte()
    {
        // June 2026, 12,31 € an hour: 12,31 × 22 × 52 / 12 = 1 173,5533… → 1 173,55 €.
        var result = PayrollText.Run("Matricule;Heures hebdo;Salaire de base\nP1;22;1173,56\nP2;22;1173,55\nP3;22;1173,54\n");

        Assert.Equal([4L], result.Flags.Select(f => f.Line));
        Assert.Contains("(1173,55 € pour ce temps de travail", result.Flags[0].Reason);
        var record = result.Records[0];
        Assert.Equal(22m / 35m, record.Fte);
        Assert.Equal(1867.03m, record.FullTimeMonthlyBase); // 1173.56 × 35 / 22 = 1867.027…, no longer 1866.94
    }

    private static Gen<(decimal Hours, SmicRate Smic)> HoursAndSmic() =>
        from hundredths in Gen.Choose(1, 3500)
        from smic in Gen.Elements(Smic.ToArray())
        select (hundredths / 100m, smic);

    [Property(MaxTest = 300, Replay = "(20260601,35)")]
    public Property ThePayOfTheSmicOfTheHoursIsNotFlaggedAndOneCentLessIs() =>
        Prop.ForAll(HoursAndSmic().ToArbitrary(), c =>
        {
            var floor = ByHand(c.Smic.Hourly, c.Hours);

            var atFloor = Run(c.Hours, floor, c.Smic.ValidFrom);
            if (c.Hours < 1m)
            {
                // Under one hour a week the line is refused (MinimumFteTests), so it is neither accepted nor flagged.
                Assert.Equal(1, atFloor.Rejected);
                return;
            }
            Assert.Single(atFloor.Records);
            Assert.Empty(atFloor.Flags);
            Assert.Single(Run(c.Hours, floor - 0.01m, c.Smic.ValidFrom).Flags);
        });

    [Fact]
    public void HalfHourStepsFromOneToThirtyFourAndAHalfHoursAtTheJune2026SmicAreNeverFalselyFlagged()
    {
        var june2026 = Smic.Single(s => s.ValidFrom == new DateOnly(2026, 6, 1)).Hourly;
        var flagged = Enumerable.Range(2, 68).Select(k => k / 2m)
            .Where(h => Run(h, ByHand(june2026, h), PayrollText.Today).Flags.Count > 0)
            .ToList();

        Assert.Empty(flagged);
    }
}
