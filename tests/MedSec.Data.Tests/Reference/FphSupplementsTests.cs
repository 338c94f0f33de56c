namespace MedSec.Data.Tests.Reference;

public sealed class FphSupplementsTests(BundledDataFixture fixture) : IClassFixture<BundledDataFixture>
{
    [Fact]
    public void ResidenceFloorIndexFollowsTheMinimumDeTraitement()
    {
        // Décret n° 85-1148 art. 8-9: the indemnité de résidence is at least that of the minimum IM; each décret that
        // raised the minimum (2021-1749, 2022-586, 2022-1615, 2023-312, 2023-519) raised the floor on the same day.
        var floors = fixture.Data.Supplements.Where(s => s.Code == "residence-floor-index").ToList();

        Assert.NotEmpty(floors);
        Assert.Equal(
            fixture.Data.MinimumIndexes.Select(m => (m.ValidFrom, (decimal)m.IndexPoints)),
            floors.Select(f => (f.ValidFrom, f.Value)));
        Assert.All(floors, f => Assert.Equal("index-points", f.Unit));
    }
}
