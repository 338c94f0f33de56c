namespace MedSec.Data.Tests.Reference;

public sealed class ContributionRatesTests(BundledDataFixture fixture) : IClassFixture<BundledDataFixture>
{
    [Fact]
    public void EveryContributionRegimeHasItsCsgBaseShare()
    {
        // The 1.75 % abattement (code de la sécurité sociale art. L136-2) lives in the data, not in code.
        foreach (var regime in fixture.Data.Contributions.GroupBy(c => c.Regime))
            Assert.Single(regime, c => c.Item == "csg-base-share" && c.ValidTo is null);
    }

    [Fact]
    public void CsgAndCrdsRatesAreThoseOfTheSocialSecurityCode()
    {
        // CSG 6.8 % déductible + 2.4 % non déductible, CRDS 0.5 %, all on the CSG base, for both regimes.
        foreach (var regime in fixture.Data.Contributions.GroupBy(c => c.Regime))
        {
            var open = regime.Where(c => c.ValidTo is null).ToDictionary(c => c.Item);
            Assert.Equal(0.068m, open["csg-deductible"].Rate);
            Assert.Equal(0.024m, open["csg-non-deductible"].Rate);
            Assert.Equal(0.005m, open["crds"].Rate);
            Assert.All(new[] { "csg-deductible", "csg-non-deductible", "crds" }, i => Assert.Equal("csg-base", open[i].Base));
        }
    }
}
