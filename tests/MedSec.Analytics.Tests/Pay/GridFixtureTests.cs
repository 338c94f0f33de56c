using System.Globalization;
using MedSec.Analytics.Pay;
using static MedSec.Analytics.Tests.Pay.RealReference;

namespace MedSec.Analytics.Tests.Pay;

/// <summary>
/// Every row of the FPH grids against the monthly traitement of the research tables (Fixtures/fph_grid_monthly_expected.csv,
/// copied from tests/MedSec.Data.Tests, where the refdata work transcribed it from RESEARCH.md 1.2).
/// </summary>
public class GridFixtureTests
{
    public static TheoryData<string, int, string, int, decimal> Rows()
    {
        var rows = new TheoryData<string, int, string, int, decimal>();
        var path = Path.Combine(AppContext.BaseDirectory, "Pay", "Fixtures", "fph_grid_monthly_expected.csv");
        foreach (var c in File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')))
        {
            rows.Add(c[0], int.Parse(c[1], CultureInfo.InvariantCulture), c[2],
                int.Parse(c[3], CultureInfo.InvariantCulture), decimal.Parse(c[4], CultureInfo.InvariantCulture));
        }
        return rows;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void EveryGridRowPaysTheTraitementOfTheResearchTables(string grade, int echelon, string validFrom, int indexPoints, decimal monthly)
    {
        // Two dates inside the row's period: its first day and three months later (each grid version lasts six months or more).
        foreach (var date in new[] { D(validFrom), D(validFrom).AddMonths(3) })
        {
            var pay = Service.PublicPay(new PublicPayQuery(PayRequestParser.Grade(grade), echelon, date, IncludeCti: false));

            Assert.Equal(indexPoints, pay.IndexPoints);
            Assert.Equal(monthly, pay.BaseMonthlyGross);
        }
    }

    [Fact]
    public void TheFixtureCoversEveryRowOfTheGrids() =>
        Assert.Equal(Services.Reference.Grids.Count, Rows().Count);
}
