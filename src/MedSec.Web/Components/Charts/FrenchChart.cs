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

    /// <summary>The width a chart is drawn at for a phone: shown at 300–560 px, its 13 px texts stay at 9–16 px.</summary>
    public const int NarrowWidth = 440;

    /// <summary>
    /// The chart twice, as inline SVG scaled to its container: drawn <paramref name="width"/> × <paramref name="height"/>
    /// for a laptop, and <see cref="NarrowWidth"/> wide (taller, the legend under it on more lines) for a phone, where the
    /// wide drawing's texts would shrink to 4 px. The stylesheet shows one (class chart-wide or chart-narrow) by the
    /// screen's width; the hidden one is out of the accessibility tree too.
    /// </summary>
    /// <param name="narrow">What the phone's drawing shortens (tick labels, legend texts), applied after the wide one.</param>
    public static string Svg(Plot plot, int width, int height, string title, Action<Plot>? narrow = null)
    {
        var wide = Drawing(plot, width, height, title);
        plot.Legend.FontSize = 12;
        narrow?.Invoke(plot);
        return $"<div class=\"chart-wide\">{wide}</div><div class=\"chart-narrow\">{Drawing(plot, NarrowWidth, NarrowWidth * 3 / 2, title)}</div>";
    }

    /// <summary>A text cut to <paramref name="length"/> characters, an ellipsis last (legend entries of a narrow drawing).</summary>
    public static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    /// <summary>One SVG drawing, without the XML declaration, scaled to its container.</summary>
    private static string Drawing(Plot plot, int width, int height, string title)
    {
        var svg = plot.GetSvgXml(width, height);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        svg = start > 0 ? svg[start..] : svg;
        return svg.Replace("<svg ", $"<svg role=\"img\" aria-label=\"{System.Net.WebUtility.HtmlEncode(title)}\" preserveAspectRatio=\"xMidYMid meet\" style=\"width:100%;height:auto\" viewBox=\"0 0 {width} {height}\" ", StringComparison.Ordinal);
    }
}
