using MedSec.Domain.Codes;
using MedSec.Web.Components.Market;
using MedSec.Web.Formatting;
using ScottPlot;

namespace MedSec.Web.Components.Charts;

/// <summary>
/// Pay by years of experience, one line per sector (median, with the P25–P75 band), and the binding legal floors as
/// horizontal lines. Suppressed cells (n &lt; k) are left out: the line has a gap there.
/// </summary>
public static class ExperienceChart
{
    public const string Title = "Salaire brut mensuel (temps plein) selon l'expérience";

    public static string Svg(OverviewModel model)
    {
        var plot = FrenchChart.Create();
        FrenchChart.CategoryTicks(plot, MarketLabels.ExperienceBands.Select(b => b.Label).ToList());
        foreach (var sector in MarketLabels.Sectors)
        {
            var code = CodeBook.Sectors.ToCode(sector);
            var points = MarketLabels.ExperienceBands
                .Select((band, i) => (X: (double)i, Cell: OverviewModel.Cell(model.ByExperience, ("sector", code), ("experience", band.Code))))
                .Where(p => p.Cell is { Suppressed: false })
                .ToList();
            if (points.Count == 0) continue;
            var color = ScottPlot.Color.FromHex(MarketLabels.Color(sector));
            var xs = points.Select(p => p.X).ToArray();
            var band = plot.Add.FillY(xs, points.Select(p => (double)p.Cell!.P25!.Value).ToArray(), points.Select(p => (double)p.Cell!.P75!.Value).ToArray());
            band.FillColor = color.WithAlpha(0.15);
            band.LineWidth = 0;
            var median = plot.Add.Scatter(xs, points.Select(p => (double)p.Cell!.Median!.Value).ToArray());
            median.Color = color;
            median.LineWidth = 3;
            median.MarkerSize = 9;
            median.LegendText = $"{MarketLabels.Sector(sector)} : médiane (bande P25–P75)";
        }
        foreach (var floor in model.Floors.Where(f => f.Binds))
        {
            var line = plot.Add.HorizontalLine((double)floor.Amount);
            line.LineWidth = 1.5f;
            line.LinePattern = floor.Key == "smic" ? LinePattern.Dashed : LinePattern.Dotted;
            line.Color = floor.Key == "smic" ? ScottPlot.Color.FromHex("#c62828") : ScottPlot.Color.FromHex("#6d4c41");
            // Without the level (the table under the chart gives it): "… (positionnement 5) : 1 780 €" ran past a phone's chart.
            line.LegendText = $"{floor.Legend ?? floor.Label} : {DashboardFormat.WholeEuros(floor.Amount)}";
        }
        plot.Axes.SetLimitsX(-0.3, MarketLabels.ExperienceBands.Count - 0.7);
        plot.XLabel("Années d'expérience");
        plot.YLabel("Brut mensuel, 35 h (€)");
        plot.ShowLegend(Edge.Bottom);
        // On a phone the bands' codes ("10–19", "20+") under the axis title, the labels being too wide for five a row.
        return FrenchChart.Svg(plot, 960, 600, Title,
            narrow => FrenchChart.CategoryTicks(narrow, MarketLabels.ExperienceBands.Select(b => b.Code.Replace('-', '–')).ToList()));
    }
}
