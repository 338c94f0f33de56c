using MedSec.Domain.Careers;
using MedSec.Web.Careers;
using MedSec.Web.Formatting;
using ScottPlot;

namespace MedSec.Web.Components.Charts;

/// <summary>Monthly gross year by year for the best-ranked paths (and staying put, for comparison).</summary>
public static class TrajectoryChart
{
    public const string Title = "Brut mensuel moyen de chaque année du parcours";

    private static readonly string[] Palette = ["#1565c0", "#00897b", "#ef6c00", "#6a1b9a", "#c62828", "#2e7d32", "#5d4037"];

    /// <param name="paths">The paths in rank order.</param>
    public static string Svg(IReadOnlyList<CareerPath> paths, int shown)
    {
        var plot = FrenchChart.Create();
        var years = 0;
        foreach (var ((path, rank), i) in Drawn(paths, shown).Select((p, i) => (p, i)))
        {
            var xs = path.Steps.Select(s => (double)s.Year).ToArray();
            var ys = path.Steps.Select(s => (double)s.MonthlyGross).ToArray();
            years = Math.Max(years, xs.Length);
            var line = plot.Add.Scatter(xs, ys);
            line.Color = PathLabels.IsStay(path) ? ScottPlot.Color.FromHex("#757575") : ScottPlot.Color.FromHex(Palette[i % Palette.Length]);
            line.LineWidth = PathLabels.IsStay(path) ? 2 : 3;
            line.LinePattern = PathLabels.IsStay(path) ? LinePattern.Dashed : LinePattern.Solid;
            line.MarkerSize = 6;
            line.LegendText = $"{rank}. {FrenchChart.Shorten(MedSec.Analytics.Careers.PathNames.Title(path), 60)}";
        }
        plot.Axes.Bottom.TickGenerator = YearTicks(years, year => $"an {year}");
        plot.Axes.SetLimitsX(0.6, years + 0.4);
        plot.XLabel("Année du parcours");
        plot.YLabel("Brut mensuel moyen (€)");
        plot.ShowLegend(Edge.Bottom);
        return FrenchChart.Svg(plot, 960, 620, Title, narrow =>
        {
            // A phone: the years' numbers alone under "Année du parcours", and legend entries that fit its width.
            narrow.Axes.Bottom.TickGenerator = YearTicks(years, year => $"{year}");
            foreach (var line in narrow.GetPlottables().OfType<ScottPlot.Plottables.Scatter>())
                line.LegendText = FrenchChart.Shorten(line.LegendText, 44);
        });
    }

    /// <summary>The paths drawn, with their rank (1 = first of <paramref name="paths"/>): the first
    /// <paramref name="shown"/>, and staying put when it is not among them.</summary>
    public static IReadOnlyList<(CareerPath Path, int Rank)> Drawn(IReadOnlyList<CareerPath> paths, int shown)
    {
        var ranked = paths.Select((path, i) => (Path: path, Rank: i + 1)).ToList();
        var drawn = ranked.Take(shown).ToList();
        if (ranked.Skip(shown).FirstOrDefault(p => PathLabels.IsStay(p.Path)) is { Path: not null } stay) drawn.Add(stay);
        return drawn;
    }

    /// <summary>Bottom ticks at the years 1…<paramref name="years"/>, labelled.</summary>
    private static ScottPlot.TickGenerators.NumericManual YearTicks(int years, Func<int, string> label)
    {
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var year = 1; year <= years; year++) ticks.AddMajor(year, label(year));
        return ticks;
    }
}
