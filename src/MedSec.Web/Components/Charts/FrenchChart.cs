using ScottPlot;

namespace MedSec.Web.Components.Charts;

/// <summary>What every dashboard chart shares: DejaVu Sans, French euro ticks, an inline SVG of a fixed size.</summary>
public static class FrenchChart
{
    public static Plot Create()
    {
        var plot = new Plot();
        plot.Font.Set("DejaVu Sans");
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = EuroTick, TickDensity = 0.5 };
        plot.Legend.FontSize = 13;
        plot.Axes.Left.TickLabelStyle.FontSize = 13;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 13;
        plot.Axes.Left.Label.FontSize = 14;
        plot.Axes.Bottom.Label.FontSize = 14;
        return plot;
    }

    /// <summary><c>2 400 €</c> (fr-FR grouping with a no-break space).</summary>
    public static string EuroTick(double value) => value.ToString("#,##0", Formatting.FrenchFormat.Culture) + " €";

    /// <summary>Bottom ticks at 0, 1, 2… with the given labels.</summary>
    public static void CategoryTicks(Plot plot, IReadOnlyList<string> labels)
    {
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var i = 0; i < labels.Count; i++) ticks.AddMajor(i, labels[i]);
        plot.Axes.Bottom.TickGenerator = ticks;
    }

    /// <summary>The SVG markup, without the XML declaration, scaled to its container.</summary>
    public static string Svg(Plot plot, int width, int height, string title)
    {
        var svg = plot.GetSvgXml(width, height);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        svg = start > 0 ? svg[start..] : svg;
        return svg.Replace("<svg ", $"<svg role=\"img\" aria-label=\"{System.Net.WebUtility.HtmlEncode(title)}\" preserveAspectRatio=\"xMidYMid meet\" style=\"width:100%;height:auto\" viewBox=\"0 0 {width} {height}\" ", StringComparison.Ordinal);
    }
}
