using System.Globalization;
using MedSec.Domain.Codes;
using MedSec.Domain.Reference;

namespace MedSec.Data.Tests.Reference;

public sealed class AgreementMinimaTests(BundledDataFixture fixture) : IClassFixture<BundledDataFixture>
{
    private IEnumerable<AgreementMinimum> Of(Agreement agreement) => fixture.Data.AgreementMinima.Where(m => m.Agreement == agreement);

    [Fact]
    public void Idcc1147HasPositionnements4To16InEachOfItsFiveGrids()
    {
        // Avenants 76 (2019), 82 (2021), 87 (2022), 89 (2023) and 90 (2024); none later in kali-data.
        var grids = Of(Agreement.Idcc1147).GroupBy(m => m.ValidFrom).OrderBy(g => g.Key).ToList();

        Assert.Equal(
            [new DateOnly(2019, 7, 1), new DateOnly(2021, 6, 1), new DateOnly(2022, 7, 1), new DateOnly(2023, 7, 1), new DateOnly(2024, 1, 1)],
            grids.Select(g => g.Key));
        Assert.All(grids, grid =>
        {
            var rows = grid.OrderBy(m => int.Parse(m.Level, CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(Enumerable.Range(4, 13).Select(i => i.ToString(CultureInfo.InvariantCulture)), rows.Select(m => m.Level));
            Assert.All(rows, m => Assert.Equal(("positionnement", AmountBasis.Monthly), (m.LevelType, m.Basis)));
            Assert.True(rows.Zip(rows.Skip(1)).All(p => p.Second.Amount > p.First.Amount), $"minima rise with the level in {grid.Key}");
        });
    }

    [Fact]
    public void Idcc2264KeepsBothClassifications()
    {
        var rows = Of(Agreement.Idcc2264).ToList();
        var coefficients = rows.Where(m => m.LevelType == "coefficient").ToList();
        var niveaux = rows.Where(m => m.LevelType == "niveau").ToList();

        Assert.Equal(rows.Count, coefficients.Count + niveaux.Count);
        Assert.Contains(coefficients, m => m.Level == "188");
        Assert.All(coefficients, m => Assert.Equal(AmountBasis.Monthly, m.Basis));
        Assert.Equal(Enumerable.Range(1, 17).Select(i => $"N{i}"), niveaux.Select(m => m.Level));
        Assert.All(niveaux, m => Assert.Equal((AmountBasis.Annual, 151.67m), (m.Basis, m.HoursBasis)));
    }

    [Fact]
    public void Idcc2098GridOfJuly2025IsMarkedInferred()
    {
        // Accord du 8 avril 2025: grille 1 applies the month after the extension arrêté, whose date was not found.
        var rows = Of(Agreement.Idcc2098).ToList();

        Assert.All(rows, m => Assert.Equal(m.ValidFrom == new DateOnly(2025, 7, 1) ? "inferred" : "sourced", m.Status));
        Assert.Contains(rows, m => m.Status == "inferred");
    }

    [Fact]
    public void Idcc29MinimumIsDerivedFromCoefficientTimesPoint()
    {
        // CCN 51: coefficient de référence 376 × valeur du point 4.447 € (avenant n° 2017-02).
        var row = Assert.Single(Of(Agreement.Idcc29));

        Assert.Equal(("376", "derived"), (row.Level, row.Status));
        Assert.Equal(Math.Round(376 * 4.447m, 2, MidpointRounding.AwayFromZero), row.Amount);
    }
}
