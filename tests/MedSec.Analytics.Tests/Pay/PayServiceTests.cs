using MedSec.Analytics.Pay;
using MedSec.Domain;
using MedSec.Domain.Codes;
using MedSec.Domain.Pay;
using static MedSec.Analytics.Tests.Pay.RealReference;

namespace MedSec.Analytics.Tests.Pay;

// The façade over the bundled reference data. Expected amounts come from RESEARCH.md or the legal formula by hand.
public class PayServiceTests
{
    [Fact]
    public void AmaCnEchelon13InJune2024WithoutCtiIs2500_77()
    {
        var pay = Service.PublicPay(new PublicPayQuery(GradeCode.AmaCn, 13, D("2024-06-01"), IncludeCti: false));

        Assert.Equal(2500.77m, pay.BaseMonthlyGross); // 508 × 5907.34 / 1200
        Assert.Equal(2500.77m, pay.TotalMonthlyGross);
        Assert.Equal(D("2024-01-01"), pay.AsOf);
    }

    [Fact]
    public void Im366InJanuary2026GetsTheDifferentialOf21_29AndTheCtiOf241_22()
    {
        var pay = Service.PublicPay(new PublicPayQuery(GradeCode.AahC1, 1, D("2026-01-15")));

        Assert.Equal(1801.74m, pay.BaseMonthlyGross);
        Assert.Equal(21.29m, pay.DifferentialAllowance);
        Assert.Equal(241.22m, pay.Cti);
        Assert.Equal(1801.74m + 21.29m + 241.22m, pay.TotalMonthlyGross);
        Assert.Contains(PayWarnings.PointUnchanged(D("2023-07-01")), pay.Warnings);
    }

    [Fact]
    public void TheJune2026SmicRiseIsAnsweredByNoKnownPublicMeasure()
    {
        // RESEARCH.md 1.3: 1867.02 > IM 379 × 4.92278; nothing in the stores answered it.
        var pay = Service.PublicPay(new PublicPayQuery(GradeCode.AmaCn, 1, D("2026-06-15")));

        Assert.Equal(1867.02m - 1836.20m, pay.DifferentialAllowance);
        Assert.Contains(PayWarnings.NoPublicMeasureForSmic(D("2026-06-01")), pay.Warnings);
    }

    [Fact]
    public void Idcc1147Level5InJanuary2026IsBoundByTheSmicWithWarnings()
    {
        var floor = Service.Floor(new FloorQuery(Agreement.Idcc1147, "5", D("2026-01-15")));

        Assert.Equal((1823.03m, 1815.79m, 1823.03m, "smic"), (floor.Smic, floor.AgreementMinimum, floor.Floor, floor.Binding));
        Assert.Contains(PayWarnings.AgreementBelowSmic(1815.79m, 1823.03m), floor.Warnings);
        Assert.Contains("Minimum de la convention 1147 (positionnement 5) inchangé depuis le 2024-01-01.", floor.Warnings);
    }

    [Theory]
    [InlineData("188", "Minimum de la convention 2264 (coefficient 188) inchangé depuis le 2022-07-01.")]
    [InlineData("N6", "Minimum de la convention 2264 (niveau N6) inchangé depuis le 2024-01-01.")]
    public void AnUnchangedMinimumNamesItsLevelForOneAgreementsLevelsDateFromDifferentTexts(string level, string warning)
    {
        // IDCC 2264: the coefficients of avenant 32 (2022-07-01) and the niveaux of the 2024 classification. The warning
        // said "Minima de la convention 2264" with either date, so two pages gave two dates for "the same" minima.
        var floor = Service.Floor(new FloorQuery(Agreement.Idcc2264, level, D("2026-01-15")));

        Assert.Contains(warning, floor.Warnings);
    }

    [Fact]
    public void Idcc2264SecretaryLevel6IsTheAnnualRmanOver12()
    {
        // data/reference codes the niveaux of avenant 33 N1-N17, apart from the old coefficients 176-242.
        var floor = Service.Floor(new FloorQuery(Agreement.Idcc2264, "N6", D("2026-01-15")));

        Assert.Equal(1991.67m, floor.AgreementMinimum); // 23 900 / 12
        Assert.Equal("agreement", floor.Binding);
    }

    [Fact]
    public void AnUnknownLevelIsAnUnknownCodeListingTheKnownOnesAsRanges()
    {
        var ex = Assert.Throws<MedSecInputException>(() => Service.Floor(new FloorQuery(Agreement.Idcc2264, "6", D("2026-01-15"))));

        Assert.Equal(InputErrorKind.UnknownCode, ex.Kind);
        Assert.Equal("Niveau '6' inconnu pour la convention 2264 (niveaux connus : 176, 178, 180-242, N1-N17).", ex.Message);
    }

    [Fact]
    public void NetOf2000PrivateAndPublic()
    {
        Assert.Equal(1583.19m, Service.Net(new NetQuery(2000m, Sector.Private, D("2026-01-15"))).Net);
        Assert.Equal(1587.39m, Service.Net(new NetQuery(2000m, Sector.Public, D("2026-01-15"))).Net);
        Assert.Equal(0.2084m, Service.Net(new NetQuery(2000m, Sector.Remote, D("2026-01-15"))).EmployeeContributionRate);
    }

    [Fact]
    public void GrossFromNetComesBackWithinACentOfTheWorkedExample() =>
        Assert.InRange(Service.GrossFromNet(1583.19m, Sector.Private, D("2026-01-15")), 1999.99m, 2000.01m);

    [Fact]
    public void SmicMonthlyFollowsTheDecrees()
    {
        Assert.Equal(1801.80m, Service.SmicMonthly(D("2025-06-30"), SmicTerritory.Metropole));
        Assert.Equal(1823.03m, Service.SmicMonthly(D("2026-01-01"), SmicTerritory.Metropole));
        Assert.Equal(1867.02m, Service.SmicMonthly(D("2026-06-01"), SmicTerritory.Metropole));
    }

    [Fact]
    public void ACareerOfTenYearsFollowsTheGridDurations()
    {
        var career = Service.PublicCareer(new PublicCareerQuery(GradeCode.AmaCn, D("2024-01-01"), 10));

        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8], career.Steps.Select(s => s.Echelon));
        Assert.Equal(1836.20m + 241.22m, career.Steps[0].TotalMonthlyGross);
        Assert.Contains(career.Warnings, w => w.StartsWith("Date postérieure aux dernières données connues", StringComparison.Ordinal));
    }

    [Fact]
    public void ServicesShareOneReference()
    {
        var services = new MedSecServices(Services.Reference);

        Assert.Same(Services.Reference, services.Reference);
        Assert.IsType<PayService>(services.Pay);
        Assert.NotEmpty(Services.Reference.Grids);
    }

    [Theory]
    // contribution_rates.csv: CNRACL from 2020-01-01 (public), Agirc-Arrco and CET from 2019-01-01 (private).
    [InlineData(Sector.Public, "2017-06-01", "Aucune donnée pour les cotisations des titulaires de la fonction publique au 2017-06-01 (première donnée : 2020-01-01).")]
    [InlineData(Sector.Public, "2019-12-31", "Aucune donnée pour les cotisations des titulaires de la fonction publique au 2019-12-31 (première donnée : 2020-01-01).")]
    [InlineData(Sector.Private, "2018-12-31", "Aucune donnée pour les cotisations du privé au 2018-12-31 (première donnée : 2019-01-01).")]
    public void ANetBeforeEveryContributionIsKnownIsRefusedNotComputedWithoutSome(Sector sector, string date, string message) =>
        Assert.Equal(message, Assert.Throws<MedSecInputException>(() => Service.Net(new NetQuery(2100m, sector, D(date)))).Message);

    [Fact]
    public void ANetBeforeTheFirstPssIsRefusedWithTheFirstDateLikeTheOtherRefusals()
    {
        // pss.csv starts on 2020-01-01 and the private rates on 2019-01-01: a private net in 2019 has its rates but no
        // PSS for its tranches, and the refusal should say from when there is one, as the rates' refusal does.
        var error = Assert.Throws<MedSecInputException>(() => Service.Net(new NetQuery(2000m, Sector.Private, D("2019-06-01"))));

        Assert.Equal("Aucune donnée pour le plafond de la Sécurité sociale au 2019-06-01 (première donnée : 2020-01-01).", error.Message);
    }

    [Fact]
    public void FromTheFirstDayEveryContributionIsKnownTheNetIsComputed()
    {
        // 2020-01-01, public: CNRACL 11,10 % is in; the net is far below the 2 040 € of 2017 that left it out.
        var net = Service.Net(new NetQuery(2100m, Sector.Public, D("2020-01-01")));

        Assert.Contains(net.Contributions, c => c.Item == "cnracl");
        Assert.True(net.Net < 1700m);
    }
}
