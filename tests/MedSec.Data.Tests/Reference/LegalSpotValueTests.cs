using System.Globalization;
using MedSec.Domain.Codes;
using MedSec.Domain.Reference;

namespace MedSec.Data.Tests.Reference;

/// <summary>A few figures checked against the legal texts that set them (each test names its text).</summary>
public sealed class LegalSpotValueTests(BundledDataFixture fixture) : IClassFixture<BundledDataFixture>
{
    private ReferenceData Data => fixture.Data;

    [Fact]
    public void Smic2026IsThatOfDecret2025_1228()
    {
        var smic = Data.Smic.At(new DateOnly(2026, 1, 1), s => s.ValidFrom, s => s.ValidTo);

        Assert.Equal((12.02m, 1823.03m), (smic.Hourly, smic.Monthly));
    }

    [Fact]
    public void SmicOfNovember2024IsThatOfDecret2024_951()
    {
        var smic = Data.Smic.At(new DateOnly(2025, 6, 15), s => s.ValidFrom, s => s.ValidTo);

        Assert.Equal((new DateOnly(2024, 11, 1), 11.88m, 1801.80m), (smic.ValidFrom, smic.Hourly, smic.Monthly));
    }

    [Fact]
    public void PointValueOfJuly2023IsThatOfDecret2023_519()
    {
        var point = Data.PointValues.At(new DateOnly(2023, 7, 1), p => p.ValidFrom, p => p.ValidTo);

        Assert.Equal(5907.34m, point.AnnualValue);
        Assert.Contains("2023-519", point.LegalText);
    }

    [Fact]
    public void PointValueOfJuly2022IsThatOfDecret2022_994()
    {
        var point = Data.PointValues.At(new DateOnly(2023, 6, 30), p => p.ValidFrom, p => p.ValidTo);

        Assert.Equal(5820.04m, point.AnnualValue);
    }

    [Fact]
    public void MinimumDeTraitementOf2024IsIndex366()
    {
        // Décret n° 2023-519 art. 1.
        var minimum = Data.MinimumIndexes.At(new DateOnly(2024, 1, 1), m => m.ValidFrom, m => m.ValidTo);

        Assert.Equal(366, minimum.IndexPoints);
    }

    [Fact]
    public void Idcc1147Positionnement5In2024IsThatOfAvenant90()
    {
        var minimum = Data.AgreementMinima
            .Where(m => m.Agreement == Agreement.Idcc1147 && m.Level == "5")
            .At(new DateOnly(2024, 1, 1), m => m.ValidFrom, m => m.ValidTo);

        Assert.Equal((1815.79m, AmountBasis.Monthly, 151.67m), (minimum.Amount, minimum.Basis, minimum.HoursBasis));
    }

    [Fact]
    public void Idcc2264SecretaryLevelN6IsThatOfAvenant33()
    {
        var minimum = Data.AgreementMinima.Single(m => m.Agreement == Agreement.Idcc2264 && m.Level == "N6");

        Assert.Equal((23900m, AmountBasis.Annual, new DateOnly(2024, 1, 1)), (minimum.Amount, minimum.Basis, minimum.ValidFrom));
    }

    [Fact]
    public void Pss2026Is4005()
    {
        var pss = Data.SocialSecurityCeilings.At(new DateOnly(2026, 3, 1), p => p.ValidFrom, p => p.ValidTo);

        Assert.Equal(4005m, pss.Monthly);
    }

    [Fact]
    public void CtiIs24PointsThen49FromDecember2020()
    {
        // Décret n° 2020-1152 du 19 septembre 2020.
        var cti = Data.Supplements.Where(s => s.Code == "cti-points").ToList();

        Assert.Equal(24m, cti.At(new DateOnly(2020, 11, 30), s => s.ValidFrom, s => s.ValidTo).Value);
        Assert.Equal(49m, cti.At(new DateOnly(2020, 12, 1), s => s.ValidFrom, s => s.ValidTo).Value);
    }

    [Theory]
    // Décret n° 85-1148 art. 9 (indemnité de résidence), décret n° 90-693 (ISS), arrêté du 24 mars 1967 (prime de service).
    [InlineData("residence-rate-zone1", "0.03")]
    [InlineData("residence-rate-zone2", "0.01")]
    [InlineData("residence-rate-zone3", "0")]
    [InlineData("iss-hours", "13")]
    [InlineData("iss-annual-hours", "1900")]
    [InlineData("service-bonus-typical-rate", "0.075")]
    [InlineData("service-bonus-max-rate", "0.17")]
    public void SupplementParametersIn2026(string code, string value)
    {
        var supplement = Data.Supplements.Where(s => s.Code == code).At(new DateOnly(2026, 1, 1), s => s.ValidFrom, s => s.ValidTo);

        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), supplement.Value);
    }

    [Theory]
    [InlineData("private", "vieillesse-plafonnee", "0.0690", "gross-capped-pss")]
    [InlineData("private", "csg-deductible", "0.0680", "csg-base")]
    [InlineData("private", "csg-base-share", "0.9825", "gross")]
    [InlineData("public-titulaire", "cnracl", "0.1110", "indexed-pay")]
    [InlineData("public-titulaire", "rafp", "0.0500", "bonuses")]
    [InlineData("public-titulaire", "crds", "0.0050", "csg-base")]
    [InlineData("public-titulaire", "csg-base-share", "0.9825", "gross")]
    [InlineData("private", "csg-abattement-pss-limit", "4", "pss")]
    [InlineData("public-titulaire", "csg-abattement-pss-limit", "4", "pss")]
    [InlineData("private", "agirc-arrco-t2-pss-limit", "8", "pss")]
    public void ContributionRatesIn2026(string regime, string item, string rate, string baseCode)
    {
        var row = Data.Contributions.Where(c => c.Regime == regime && c.Item == item)
            .At(new DateOnly(2026, 1, 1), c => c.ValidFrom, c => c.ValidTo);

        Assert.Equal((decimal.Parse(rate, CultureInfo.InvariantCulture), baseCode), (row.Rate, row.Base));
    }
}
