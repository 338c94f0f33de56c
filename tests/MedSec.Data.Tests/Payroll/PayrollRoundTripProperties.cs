using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedSec.Data.Payroll;
using MedSec.Domain.Observations;

namespace MedSec.Data.Tests.Payroll;

/// <summary>Write a payroll, read it back: the same records (quoted separators and line breaks included). Fixed seeds.</summary>
public class PayrollRoundTripProperties
{
    private static Gen<PayrollRecord> Record(int index) =>
        from gender in Gen.Elements<Gender?>(Gender.Female, Gender.Male, null)
        from title in Gen.Elements<string?>("Secrétaire médicale", "Assistante; accueil", "Coordinatrice\r\ndu \"secrétariat\"", null)
        from level in Gen.Elements<string?>("5", "N6", "coef. 188", null)
        from day in Gen.Choose(0, 12_000)
        from hasDate in Gen.Elements(true, false)
        from fte in Gen.Elements(1m, 0.8m, 0.5m, 0.6667m, 0.25m)
        from cents in Gen.Choose(50_000, 600_000)
        from bonusCents in Gen.Choose(0, 500_000)
        select new PayrollRecord(0, $"M{index:0000}", gender, title, level,
            hasDate ? new DateOnly(1990, 1, 1).AddDays(day) : null, fte, cents / 100m, bonusCents / 100m);

    private static Gen<PayrollRecord[]> Payroll() =>
        from count in Gen.Choose(1, 30)
        from records in Gen.CollectToArray(Enumerable.Range(1, count).Select(Record))
        select records.ToArray();

    [Property(MaxTest = 100, Replay = "(20261122,7)")]
    public Property WriteThenReadGivesTheSameRecords() =>
        Prop.ForAll(Payroll().ToArbitrary(), records =>
        {
            using var stream = new MemoryStream();
            PayrollCsvWriter.Write(stream, records);

            var result = PayrollPipeline.Run("roundtrip.csv", stream.ToArray(), PayrollText.Options);

            Assert.Null(result.FileError);
            Assert.Empty(result.Rejections);
            Assert.Equal(records.Select(r => r with { Line = 0 }), result.Records.Select(r => r with { Line = 0 }));
        });
}
