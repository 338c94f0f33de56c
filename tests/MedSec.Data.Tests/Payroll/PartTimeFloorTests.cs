using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedSec.Data.Payroll;
using MedSec.Data.Reference;
using MedSec.Data.Tests.Reference;
using MedSec.Domain.Pay;
using MedSec.Domain.Reference;

namespace MedSec.Data.Tests.Payroll;

/// <summary>
/// A part-timer paid the SMIC pro rata of the hours, rounded to the cent as it is paid, is not under the SMIC
/// (1 867,02 € × 22 / 35 = 1 173,555 → 1 173,56 € was flagged through an FTE rounded to 0,6286). Fixed seeds.
/// </summary>
public class PartTimeFloorTests
{
    private static readonly IReadOnlyList<SmicRate> Smic = ReferenceDataLoader.Load(TestPaths.BundledReference).Smic;

    private static PayrollIngestResult Run(decimal hours, decimal basePay, DateOnly today, Func<DateOnly, decimal?> smic) =>
        PayrollPipeline.Run("paie.csv", System.Text.Encoding.UTF8.GetBytes(
            "Matricule;Heures hebdo;Salaire de base\n" +
            $"P1;{IngestNumber(hours)};{IngestNumber(basePay)}\n"), new PayrollPipelineOptions(today, smic));

    private static string IngestNumber(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture).Replace('.', ',');

    [Fact]
    public void TwentyTwoHoursPaidTheSmicProRataAreNotFlaggedAndKeepAnExactFte()
    {
        var result = PayrollText.Run("Matricule;Heures hebdo;Salaire de base\nP1;22;1173,56\nP2;22;1173,55\n");

        Assert.Equal([3L], result.Flags.Select(f => f.Line));
        Assert.Contains("1173,56 €", result.Flags[0].Reason);
        var record = result.Records[0];
        Assert.Equal(22m / 35m, record.Fte);
        Assert.Equal(1867.03m, record.FullTimeMonthlyBase); // 1173.56 × 35 / 22 = 1867.027…, no longer 1866.94
    }

    private static Gen<(decimal Hours, SmicRate Smic)> HoursAndSmic() =>
        from hundredths in Gen.Choose(1, 3500)
        from smic in Gen.Elements(Smic.ToArray())
        select (hundredths / 100m, smic);

    [Property(MaxTest = 300, Replay = "(20260601,35)")]
    public Property ThePayOfTheSmicProRataIsNotFlaggedAndOneCentLessIs() =>
        Prop.ForAll(HoursAndSmic().ToArbitrary(), c =>
        {
            var floor = Money.Cents(c.Smic.Monthly * c.Hours / WorkingTime.FullTimeWeeklyHours);
            decimal? SmicAt(DateOnly _) => c.Smic.Monthly;

            var atFloor = Run(c.Hours, floor, c.Smic.ValidFrom, SmicAt);
            if (c.Hours < 1m)
            {
                // Under one hour a week the line is refused (MinimumFteTests), so it is neither accepted nor flagged.
                Assert.Equal(1, atFloor.Rejected);
                return;
            }
            Assert.Single(atFloor.Records);
            Assert.Empty(atFloor.Flags);
            Assert.Single(Run(c.Hours, floor - 0.01m, c.Smic.ValidFrom, SmicAt).Flags);
        });

    [Fact]
    public void HalfHourStepsFromOneToThirtyFourAndAHalfHoursAtTheJune2026SmicAreNeverFalselyFlagged()
    {
        var june2026 = Smic.Single(s => s.ValidFrom == new DateOnly(2026, 6, 1)).Monthly;
        var flagged = Enumerable.Range(2, 68).Select(k => k / 2m)
            .Where(h => Run(h, Money.Cents(june2026 * h / WorkingTime.FullTimeWeeklyHours), PayrollText.Today, PayrollText.Smic).Flags.Count > 0)
            .ToList();

        Assert.Empty(flagged);
    }
}
