using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedSec.Data.Ingestion;
using MedSec.Domain.Observations;

namespace MedSec.Data.Tests.Ingestion;

/// <summary>Full-time monthly gross: hourly × 151.67, annual ÷ 12, 13th month spread, part time scaled, net converted.</summary>
public class NormalisationTests
{
    [Theory]
    [InlineData("2000", "Mensuel", "12", "35", "2000.00")]
    [InlineData("2000", "Mensuel", "13", "35", "2166.67")]
    [InlineData("1000", "Mensuel", "12", "17,5", "2000.00")]
    [InlineData("1200", "Mensuel", "13", "24", "1895.83")]
    [InlineData("12", "Horaire", "12", "20", "1820.04")]
    [InlineData("12", "Horaire", "13", "35", "1971.71")]
    [InlineData("30000", "Annuel", "13", "35", "2500.00")]
    [InlineData("15000", "Annuel", "12", "17,5", "2500.00")]
    public void GrossIsBroughtToAFullTimeMonth(string amount, string basis, string months, string hours, string expected)
    {
        var result = new CsvTextBuilder("Date;Secteur;Région;Salaire;Base;Mois payés;Heures hebdo")
            .Row($"2025-03-01;Privé;84;{amount};{basis};{months};{hours}").Run();
        var row = Assert.Single(result.Observations.Rows);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), row.MonthlyGross);
        Assert.False(row.ConvertedFromNet);
    }

    /// <summary>Hours written with their unit ("24 h", "27h30") read as the number (they were refused: "'35h' n'est pas un
    /// nombre d'heures"): 1000 € for 24 h is 1000 × 35 / 24 = 1458.33 € a full-time month, 1100 € for 27.5 h is 1400 €.</summary>
    [Theory]
    [InlineData("1000", "24h", "1458.33")]
    [InlineData("1000", "24 h", "1458.33")]
    [InlineData("1000", "24 H", "1458.33")]
    [InlineData("1100", "27h30", "1400.00")]
    [InlineData("1100", "27 h 30", "1400.00")]
    [InlineData("2000", "35h", "2000.00")]
    public void HoursWrittenWithTheirUnitAreRead(string amount, string hours, string expected)
    {
        var result = new CsvTextBuilder("Date;Secteur;Région;Salaire;Heures hebdo")
            .Row($"2025-03-01;Privé;84;{amount};{hours}").Run();

        Assert.Empty(result.Rejections);
        var row = Assert.Single(result.Observations.Rows);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), row.MonthlyGross);
    }

    [Theory]
    [InlineData("h")]
    [InlineData("35hrs")]
    [InlineData("35h75")]
    [InlineData("35,5h30")]
    [InlineData("60h")]
    public void HoursThatAreNoDurationAreStillRefused(string hours)
    {
        var result = new CsvTextBuilder("Date;Secteur;Région;Salaire;Heures hebdo").Row($"2025-03-01;Privé;84;2000;{hours}").Run();

        Assert.Equal("Heures hebdo", Assert.Single(result.Rejections).Column);
    }

    [Fact]
    public void NetIsConvertedWithThePayRulesOfItsSectorAndMarked()
    {
        var result = new CsvTextBuilder("Date;Secteur;Région;Salaire;Brut/Net")
            .Row("2025-03-01;Privé;84;1560;Net")
            .Row("2025-03-01;Public;84;1600;net")
            .Run();
        Assert.Equal([2000.00m, 2000.00m], result.Observations.Rows.Select(r => r.MonthlyGross));
        Assert.All(result.Observations.Rows, r => Assert.True(r.ConvertedFromNet));
    }

    [Fact]
    public void BelowTheSmicOfItsDateIsAcceptedButFlagged()
    {
        var result = new CsvTextBuilder("Date;Secteur;Région;Salaire;Contrat")
            .Row("2024-06-01;Privé;84;1780;CDI")
            .Row("2025-06-01;Privé;84;1780;CDI")
            .Row("2025-06-01;Télésecrétariat;84;900;Indépendant")
            .Run();
        Assert.Equal(3, result.Accepted);
        var flag = Assert.Single(result.Flags);
        Assert.Equal(3, flag.Line);
        Assert.Equal("Salaire", flag.Column);
        Assert.Equal("1780,00 € par mois à temps plein, sous le SMIC en vigueur au 2025-06-01 (1801,80 €).", flag.Reason);
        Assert.Equal(ObservationFlags.BelowFloor, result.Observations[1].Flags);
        Assert.Equal(ObservationFlags.None, result.Observations[2].Flags);
    }

    [Fact]
    public void AboveThreeTimesTheReferenceP90IsAcceptedButFlaggedAbsurd()
    {
        var result = new CsvTextBuilder("Date;Secteur;Région;Salaire;Base")
            .Row("2025-06-01;Privé;84;2500;Mensuel")
            .Row("2025-06-01;Privé;84;2500;Horaire")
            .Run(CsvTextBuilder.Options(referenceP90: 2800m));
        Assert.Equal(2, result.Accepted);
        var flag = Assert.Single(result.Flags);
        Assert.Equal(3, flag.Line);
        Assert.Equal("Plus de 3 fois le P90 de référence d'un mois à temps plein (2800,00 €) : faute de frappe ou mauvaise base de salaire ?", flag.Reason);
        Assert.True(result.Observations[1].IsFlagged);
        Assert.Equal(2800m, result.ReferenceP90);
    }

    [Fact]
    public void WithoutAReferenceTheFilesOwnP90IsUsedWhenItHasEnoughRows()
    {
        var builder = new CsvTextBuilder("Date;Secteur;Région;Salaire");
        for (var i = 0; i < 40; i++) builder.Row($"2025-06-01;Privé;84;{2000 + i * 10}");
        builder.Row("2025-06-01;Privé;84;215000");
        var result = builder.Run();
        Assert.NotNull(result.ReferenceP90);
        Assert.Equal(41L, result.Accepted);
        Assert.Equal(42, Assert.Single(result.Flags).Line);

        var small = new CsvTextBuilder("Date;Secteur;Région;Salaire").Row("2025-06-01;Privé;84;215000").Run();
        Assert.Null(small.ReferenceP90);
        Assert.Empty(small.Flags);
    }
}

/// <summary>The integer fast path of normalisation gives exactly the decimal formula rounded to the cent.</summary>
public class NormalisationProperties
{
    [Property(MaxTest = 2000, Replay = "(15167,35)")]
    public Property IntegerCentsEqualTheDecimalFormula() =>
        Prop.ForAll(Arb.From(
            from amount in ObservationGen.Amount(1, 90000, 3)
            from basis in Gen.Elements(Enum.GetValues<PayBasis>())
            from months in Gen.Elements(12m, 13m, 13.5m, 14m, 12.25m, 15.999m)
            from hours in Gen.Frequency((1, Gen.Constant<decimal?>(null)), (3, ObservationGen.Amount(1, 47, 3).Select(h => (decimal?)h)))
            select (amount, basis, months, hours)), x =>
        {
            var expected = ObservationNormaliser.Cents(ObservationNormaliser.FullTimeMonthly(x.amount, x.basis, x.months, x.hours));
            Assert.Equal(expected, ObservationNormaliser.FullTimeCents(x.amount, x.basis, x.months, x.hours) / 100m);
        });
}
