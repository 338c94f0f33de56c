using MedSec.Domain.Codes;
using MedSec.Domain.Pay;
using static MedSec.Domain.Tests.ReferenceBuilder;

namespace MedSec.Domain.Tests.Pay;

// RESEARCH.md 5: private ≈ 20.84 % below the PSS, titulaire ≈ 20.63 % on TIB + CTI; amounts worked by hand per contribution.
public class NetPayRulesTests
{
    private static readonly MedSec.Domain.Reference.ReferenceData Data = Research().Build();

    [Fact]
    public void APrivateGrossBelowThePssLoses20_84Percent()
    {
        // 138.00 + 8.00 + 63.00 + 17.20 (6.90, 0.40, 3.15, 0.86 % of 2000) + 133.62 + 47.16 + 9.83 (6.80, 2.40, 0.50 % of 1965) = 416.81.
        var net = NetPayRules.Net(Data, 2000m, Sector.Private, D("2026-01-15"));

        Assert.Equal(1583.19m, net.Net);
        Assert.Equal(0.2084m, net.EmployeeContributionRate);
        Assert.Equal("private", net.Sector);
        Assert.Equal(D("2026-01-01"), net.AsOf); // the PSS of 2026
        Assert.Contains(PayWarnings.NetPrivateExclusions, net.Warnings);
    }

    [Fact]
    public void AboveThePssTranche2AndTheCetApply()
    {
        // PSS 2026 = 4005: T1 rates on 4005, T2 (8.64 + 1.08 %) on 995, CET 0.14 % on 5000, CSG/CRDS on 4912.50: 1037.18 in all.
        var net = NetPayRules.Net(Data, 5000m, Sector.Private, D("2026-01-15"));

        Assert.Equal(3962.82m, net.Net);
        Assert.Equal(7.00m, net.Contributions.Single(c => c.Item == "cet").Amount);
    }

    [Fact]
    public void AboveFourPssTheCsgAbattementStopsAtFourPss()
    {
        // Code de la sécurité sociale art. L136-1-2 (L136-2 before 2019; loi 2011-1906 art. 17): the 1.75 % abattement
        // pour frais professionnels applies only to the part of the pay up to 4 PSS (URSSAF: "une base limitée à 4 plafonds");
        // data/reference/SOURCES.md: "100 % of gross above". 2026: PSS 4005, 4 PSS = 16 020.
        // Worked by hand for 20 000 €: CSG/CRDS base = 0.9825 × 16 020 + (20 000 − 16 020) = 15 739.65 + 3 980 = 19 719.65;
        // CSG 6.80 % = 1 340.94, 2.40 % = 473.27, CRDS 0.50 % = 98.60 (98.25 % of all 20 000 € gave 1 336.20, 471.60, 98.25).
        // The rest: T1 on 4 005 (276.35 + 126.16 + 34.44), 0.40 % × 20 000 = 80.00, T2 on 15 995 (1 381.97 + 172.75),
        // CET 0.14 % × 20 000 = 28.00: 4 012.48 in all, net 15 987.52.
        var date = D("2026-01-15");
        var net = NetPayRules.Net(Data, 20000m, Sector.Private, date);

        Assert.Equal(19719.65m, net.Contributions.Single(c => c.Item == "csg-deductible").BaseAmount);
        Assert.Equal(1340.94m, net.Contributions.Single(c => c.Item == "csg-deductible").Amount);
        Assert.Equal(473.27m, net.Contributions.Single(c => c.Item == "csg-non-deductible").Amount);
        Assert.Equal(98.60m, net.Contributions.Single(c => c.Item == "crds").Amount);
        Assert.Equal(15987.52m, net.Net);
        Assert.Equal(D("2026-01-01"), net.AsOf);

        // A titulaire's CSG/CRDS has the same base: CNRACL 11.10 % × 20 000 = 2 220.00 + 1 912.81 = 4 132.81, net 15 867.19;
        // the PSS of 2026 sets that base, so it is the result's asOf (CNRACL alone dates from 2020).
        var titulaire = NetPayRules.Net(Data, 20000m, Sector.Public, date);
        Assert.Equal(15867.19m, titulaire.Net);
        Assert.Equal(D("2026-01-01"), titulaire.AsOf);

        // On 4 PSS exactly the whole gross still has the abattement: 0.9825 × 16 020 = 15 739.65.
        Assert.Equal(15739.65m, NetPayRules.Net(Data, 16020m, Sector.Private, date).Contributions.Single(c => c.Item == "crds").BaseAmount);
    }

    [Fact]
    public void TheFourAndEightPssLimitsAreTheDatasNotTheCodes()
    {
        // Legal numbers live in data/reference with their source, not in code: with a tranche-2 limit of 3 PSS and a CSG
        // abattement limit of 8 PSS in the data, 20 000 € in 2026 (PSS 4 005) has T2 on 3 × 4 005 − 4 005 = 8 010, the CET
        // on 12 015, and the abattement on the whole 20 000 (0.9825 × 20 000 = 19 650), where the law's 8 and 4 PSS give
        // 15 995, 20 000 and 19 719.65.
        var data = ReferenceBuilder.Research()
            .ReplacingContribution("private", "agirc-arrco-t2-pss-limit", 3m, "pss", "2019-01-01")
            .ReplacingContribution("private", "csg-abattement-pss-limit", 8m, "pss", "2012-01-01")
            .Build();

        var net = NetPayRules.Net(data, 20000m, Sector.Private, D("2026-01-15"));

        Assert.Equal(8010m, net.Contributions.Single(c => c.Item == "agirc-arrco-t2").BaseAmount);
        Assert.Equal(12015m, net.Contributions.Single(c => c.Item == "cet").BaseAmount);
        Assert.Equal(19650m, net.Contributions.Single(c => c.Item == "csg-deductible").BaseAmount);
    }

    [Fact]
    public void AboveEightPssTranche2AndTheCetStopAtEightPss()
    {
        // Accord national interprofessionnel AGIRC-ARRCO du 17 novembre 2017: tranche 2 is the pay between 1 and 8 PSS, and
        // the CET is due, once the pay passes 1 PSS, on the pay up to 8 PSS (tranches 1 and 2); data/reference/SOURCES.md,
        // base codes gross-above-pss and cet-base. 2026: PSS 4005, 8 PSS = 32 040.
        // Worked by hand for 40 050 € (10 PSS): T2 base 32 040 − 4 005 = 28 035: AGIRC-ARRCO 8.64 % = 2 422.22 (2 422.224),
        // CEG 1.08 % = 302.78 (302.778); CET 0.14 % × 32 040 = 44.86 (44.856). Uncapped they were 3 114.29, 389.29 and 56.07.
        // The rest: T1 on 4 005 (276.35 + 126.16 + 34.44), 0.40 % × 40 050 = 160.20, CSG/CRDS on
        // 0.9825 × 16 020 + 24 030 = 39 769.65 (2 704.34 + 954.47 + 198.85): 7 224.67 in all, net 32 825.33.
        var net = NetPayRules.Net(Data, 40050m, Sector.Private, D("2026-01-15"));

        Assert.Equal(28035m, net.Contributions.Single(c => c.Item == "agirc-arrco-t2").BaseAmount);
        Assert.Equal(2422.22m, net.Contributions.Single(c => c.Item == "agirc-arrco-t2").Amount);
        Assert.Equal(302.78m, net.Contributions.Single(c => c.Item == "ceg-t2").Amount);
        Assert.Equal(44.86m, net.Contributions.Single(c => c.Item == "cet").Amount);
        Assert.Equal(32825.33m, net.Net);

        // On 8 PSS exactly nothing is capped: T2 on 28 035, CET on 32 040, as above.
        var onCap = NetPayRules.Net(Data, 32040m, Sector.Private, D("2026-01-15"));
        Assert.Equal(28035m, onCap.Contributions.Single(c => c.Item == "agirc-arrco-t2").BaseAmount);
        Assert.Equal(32040m, onCap.Contributions.Single(c => c.Item == "cet").BaseAmount);
    }

    [Fact]
    public void RemoteIsTreatedAsPrivate()
    {
        Assert.Equal(1583.19m, NetPayRules.Net(Data, 2000m, Sector.Remote, D("2026-01-15")).Net);
    }

    [Fact]
    public void APublicTitulaireLoses20_63PercentOnTraitementAndCti()
    {
        // CNRACL 11.10 % × 2000 = 222.00; CSG + CRDS 9.70 % × 1965 = 190.61 (three rows, each rounded: 133.62 + 47.16 + 9.83).
        var net = NetPayRules.Net(Data, 2000m, Sector.Public, D("2026-01-15"));

        Assert.Equal(1587.39m, net.Net);
        Assert.Equal(0.2063m, net.EmployeeContributionRate);
        Assert.Equal(0m, net.Contributions.Single(c => c.Item == "rafp").Amount);
        Assert.Contains(PayWarnings.NetPublicAssumption, net.Warnings);
    }

    [Fact]
    public void ZeroGrossGivesZeroNetAndRate()
    {
        var net = NetPayRules.Net(Data, 0m, Sector.Private, D("2026-01-15"));

        Assert.Equal(0m, net.Net);
        Assert.Equal(0m, net.EmployeeContributionRate);
    }

    [Fact]
    public void ANegativeGrossIsBadInput()
    {
        var ex = Assert.Throws<MedSecInputException>(() => NetPayRules.Net(Data, -1m, Sector.Private, D("2026-01-15")));
        Assert.Equal(InputErrorKind.BadInput, ex.Kind);
    }

    [Theory]
    // Ten million euros a month is taken (the cap of observation files), a cent more is not; decimal's own maximum once
    // gave a net without cents.
    [InlineData("10000000.01")]
    [InlineData("79228162514264337593543950335")]
    public void AGrossPastTenMillionEurosIsBadInput(string gross)
    {
        var ex = Assert.Throws<MedSecInputException>(() =>
            NetPayRules.Net(Data, decimal.Parse(gross, System.Globalization.CultureInfo.InvariantCulture), Sector.Private, D("2026-01-15")));
        Assert.Equal(InputErrorKind.BadInput, ex.Kind);
        Assert.Contains("au-dessus de 10000000,00", ex.Message.Replace("\u00a0", "").Replace("\u202f", "").Replace(" 000", "000"));
    }

    [Fact]
    public void TenMillionEurosIsStillAGrossToTheCent()
    {
        var net = NetPayRules.Net(Data, 10_000_000m, Sector.Private, D("2026-01-15")).Net;
        Assert.Equal(net, Math.Round(net, 2));
        Assert.InRange(net, 1m, 10_000_000m);
    }

    [Theory]
    [InlineData(1583.19, "private", 2000)]
    [InlineData(3962.82, "private", 5000)]
    [InlineData(1587.39, "public", 2000)]
    public void GrossFromNetInvertsTheWorkedExamplesToTheCent(decimal netAmount, string sector, decimal gross)
    {
        // Rounding each contribution makes neighbouring cents share a net (1999.99 and 2000.00 both give 1583.19 privately),
        // so the answer is within a cent of the worked example.
        Assert.True(CodeBook.Sectors.TryParse(sector, out var s));
        var found = NetPayRules.GrossFromNet(Data, netAmount, s, D("2026-01-15"));

        Assert.InRange(found, gross - 0.01m, gross + 0.01m);
    }

    [Fact]
    public void GrossFromNetTakesTheMiddleOfTheCentsThatGiveTheNet()
    {
        // Worked by hand: privately in 2026, 778.25 € and 778.27 € both give 616.08 € (778.26 € gives 616.07 €: the CSG
        // and CRDS roundings tip together), so 778.26 € is the gross within a cent of both.
        Assert.Equal(778.26m, NetPayRules.GrossFromNet(Data, 616.08m, Sector.Private, D("2026-01-15")));
    }

    [Fact]
    public void ThreeCentsMayShareOneNetSoTheInverseCannotAlwaysBeWithinACent()
    {
        // Worked by hand: CNRACL 11.10 % and CSG/CRDS on 98.25 %, each rounded: 7386.97, 7386.99 and 7387.00 € all give
        // 5863.03 € (7386.98 € gives 5863.04 €). The middle, 7386.98 €, is 2 cents from 7387.00 €.
        var date = D("2026-01-15");
        Assert.All([7386.97m, 7386.99m, 7387.00m], g => Assert.Equal(5863.03m, NetPayRules.Net(Data, g, Sector.Public, date).Net));
        Assert.Equal(7386.98m, NetPayRules.GrossFromNet(Data, 5863.03m, Sector.Public, date));
    }

    [Fact]
    public void JustAboveThePssTheCetMakesTheLowerGrossTheAnswer()
    {
        // 2026, PSS 4005: 4010.00 € gives 3168.75 € net (CET 0.14 % on the whole gross), and so do 4002.97 and 4002.98 €.
        var date = D("2026-01-15");
        Assert.Equal(3168.75m, NetPayRules.Net(Data, 4010.00m, Sector.Private, date).Net);
        Assert.Equal(4002.97m, NetPayRules.GrossFromNet(Data, 3168.75m, Sector.Private, date));
    }

    [Fact]
    public void ANetReachedJustBelowThePssButNotAtItStillGivesTheLowerGross()
    {
        // December 2025, PSS 3925: rounding makes the net dip by a cent on the PSS itself (3924.99 € gives 3107.02 €,
        // 3925.00 € gives 3107.01 €), so 3107.02 € is reached below the PSS only one cent before it. The search for the
        // lower gross looked at the PSS alone and went on above the cliff, about 7 € higher.
        var date = D("2025-12-01");
        Assert.Equal(3107.02m, NetPayRules.Net(Data, 3924.99m, Sector.Remote, date).Net);
        Assert.Equal(3107.01m, NetPayRules.Net(Data, 3925.00m, Sector.Remote, date).Net);

        Assert.Equal(3924.99m, NetPayRules.GrossFromNet(Data, 3107.02m, Sector.Remote, date));
        Assert.Equal(3924.99m, NetPayRules.GrossFromNet(Data, 3107.02m, Sector.Private, date));
    }

    [Fact]
    public void ThePssIsRequiredForPrivateContributions()
    {
        var ex = Assert.Throws<MedSecInputException>(() => NetPayRules.Net(Data, 2000m, Sector.Private, D("2022-06-01")));
        Assert.Contains("plafond", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AGrossWithFractionsOfACentIsTakenToTheCentAndSoIsItsNet()
    {
        // 2100.005 € is 2100.01 € (half away from zero): the same net to the cent, never 1662.355 €.
        var net = NetPayRules.Net(Data, 2100.005m, Sector.Private, D("2026-01-15"));

        Assert.Equal(2100.01m, net.Gross);
        Assert.Equal(NetPayRules.Net(Data, 2100.01m, Sector.Private, D("2026-01-15")).Net, net.Net);
        Assert.Equal(net.Net, Math.Round(net.Net, 2));
    }

    [Fact]
    public void ATitulairesIndemnitiesPayTheRafpNotTheCnracl()
    {
        // AAH-C1 échelon 1, July 2026, zone 3: traitement 1801.74 + CTI 241.22 = 2042.96 indexed, différentielle 65.28.
        // CNRACL 11.10 % of 2042.96 = 226.77; RAFP 5 % of 65.28 (under 20 % of 2042.96) = 3.26; CSG/CRDS on
        // 0.9825 × 2108.24 = 2071.3458: 140.85 + 49.71 + 10.36. In all 430.95, net 1677.29.
        var net = NetPayRules.Net(Data, 2108.24m, Sector.Public, D("2026-07-01"), indexedPay: 2042.96m);

        Assert.Equal(1677.29m, net.Net);
        Assert.Equal(226.77m, net.Contributions.Single(c => c.Item == "cnracl").Amount);
        Assert.Equal(3.26m, net.Contributions.Single(c => c.Item == "rafp").Amount);
        Assert.Contains(PayWarnings.NetPublicParts, net.Warnings);
        // Counted all as traitement (the pay net contract), the same gross pays 7.24 € more CNRACL (234.01) and no RAFP.
        Assert.Equal(1673.31m, NetPayRules.Net(Data, 2108.24m, Sector.Public, D("2026-07-01")).Net);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(2108.25)]
    public void AnIndexedPayOutsideTheGrossIsAProgrammingError(decimal indexed)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NetPayRules.Net(Data, 2108.24m, Sector.Public, D("2026-07-01"), indexed));
    }
}
