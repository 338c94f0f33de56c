using MedSec.Analytics.Grids;
using MedSec.Web.Components.Charts;
using MedSec.Web.Formatting;
using ScottPlot;

namespace MedSec.Web.Components.Grid;

/// <summary>
/// The designed grid over the market: one line per level across the seniority steps, the market's P25–P75 band and
/// target percentile, and each level's legal floor as a dotted line of the level's colour (the SMIC dashed red).
/// Rendered as an inline SVG (ScottPlot).
/// </summary>
public static class GridChart
{
    public const string Title = "Grille, marché et planchers légaux (brut mensuel, 35 h)";

    public static string Svg(GridDesign design)
    {
        var plot = FrenchChart.Create();
        var palette = new ScottPlot.Palettes.Category10();
        var years = design.Levels[0].Steps.Select(s => (double)s.Years).ToArray();

        var market = design.Market.Where(m => m.P25 is not null && m.P75 is not null).ToList();
        if (market.Count > 0)
        {
            var xs = market.Select(m => (double)m.Years).ToArray();
            var band = plot.Add.FillY(xs, market.Select(m => (double)m.P25!.Value).ToArray(), market.Select(m => (double)m.P75!.Value).ToArray());
            band.FillColor = Colors.Gray.WithAlpha(0.2);
            band.LineWidth = 0;
            band.LegendText = "Marché : P25–P75";
            var target = plot.Add.Scatter(xs, market.Select(m => (double)m.Value!.Value).ToArray());
            target.Color = Colors.Gray;
            target.LinePattern = LinePattern.Dashed;
            target.LineWidth = 2;
            target.MarkerSize = 5;
            target.LegendText = $"Marché : centile {design.Percentile:0.##}";
        }

        for (var i = 0; i < design.Levels.Count; i++)
        {
            var level = design.Levels[i];
            var color = palette.GetColor(i);
            var line = plot.Add.Scatter(years, level.Steps.Select(s => (double)s.MonthlyGross).ToArray());
            line.Color = color;
            line.LineWidth = 2.5f;
            line.MarkerSize = 7;
            line.LegendText = level.Label;
            var floor = plot.Add.HorizontalLine((double)level.Floor);
            floor.Color = level.FloorBinding == "smic" ? Color.FromHex("#c62828") : color.WithAlpha(0.8);
            floor.LinePattern = level.FloorBinding == "smic" ? LinePattern.Dashed : LinePattern.Dotted;
            floor.LineWidth = 1.2f;
        }
        var smic = design.Levels[0].Smic;
        var smicLine = plot.Add.HorizontalLine((double)smic);
        smicLine.Color = Color.FromHex("#c62828");
        smicLine.LinePattern = LinePattern.Dashed;
        smicLine.LineWidth = 1.2f;
        // The grid's région names its SMIC: Mayotte's is its own.
        var smicLabel = SmicLabels.Of(design.Region);
        smicLine.LegendText = $"{smicLabel} : {FrenchFormat.Euros(smic)} (pointillés : minima conventionnels)";

        plot.XLabel("Ancienneté (années)");
        plot.YLabel("Brut mensuel, 35 h (€)");
        plot.Axes.SetLimitsX(-0.5, years[^1] + Math.Max(1, years[^1] * 0.05));
        plot.ShowLegend(Edge.Bottom);
        // On a phone the SMIC's entry without its note on the dotted minima: the legend has no width for it, and the
        // dotted lines keep their levels' colours.
        return FrenchChart.Svg(plot, 960, 640, Title, _ => smicLine.LegendText = $"{smicLabel} : {FrenchFormat.Euros(smic)}");
    }
}
