using System.Text.RegularExpressions;

namespace MedSec.Analytics.Tests.Notebooks;

/// <summary>
/// The notebooks are programs the test build does not compile (<c>dotnet run notebooks/NAME.cs</c>), so what DESIGN.md asks
/// of them is checked on their text: a notebook drawn from the bundled market sample, the model trained on it or the
/// synthetic career histories labels every chart it titles as synthetic ("every screen that shows them says so").
/// </summary>
public sealed partial class NotebookChartTests
{
    /// <summary>What a notebook calls when it reads the synthetic sample or what is learnt from it.</summary>
    private static readonly string[] SampleReaders =
        ["MarketData.", "SampleParameters.", "ObservationPipeline.", "services.Careers", "services.Estimat", "PayEstimator"];

    public static TheoryData<string> Notebooks() =>
        [.. Directory.GetFiles(NotebookFolder(), "*.cs").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Fact]
    public void TheNotebooksAreFound() => Assert.True(Notebooks().Count >= 4);

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void EveryChartOfANotebookOnTheSampleSaysItIsSynthetic(string notebook)
    {
        var text = File.ReadAllText(Path.Combine(NotebookFolder(), notebook));
        if (!SampleReaders.Any(r => text.Contains(r, StringComparison.Ordinal))) return;

        var titles = TitleCall().Matches(text).Select(m => m.Value).ToList();
        Assert.NotEmpty(titles);
        Assert.All(titles, title => Assert.True(
            title.Contains("synthétique", StringComparison.OrdinalIgnoreCase) || title.Contains("{Synthetic}", StringComparison.Ordinal),
            $"{notebook}: the chart title {title} does not say its data are synthetic."));
    }

    /// <summary>
    /// smic.csv is the métropole's SMIC; Mayotte has its own, lower (smic_mayotte.csv, art. 1, 2° of each text revaluing the
    /// SMIC). A notebook drawing the former without a région says whose it is, as the overview does ("SMIC de Mayotte"
    /// listed beside the métropole's it draws), so 1 867,02 € is not read as the SMIC of every région.
    /// </summary>
    [Theory]
    [MemberData(nameof(Notebooks))]
    public void ANotebookDrawingTheMetropolesSmicSaysSo(string notebook)
    {
        var text = File.ReadAllText(Path.Combine(NotebookFolder(), notebook));
        if (!text.Contains("Reference.Smic", StringComparison.Ordinal)) return;

        var titles = TitleCall().Matches(text).Select(m => m.Value).Where(t => t.Contains("SMIC", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(titles);
        Assert.All(titles, title => Assert.True(title.Contains("métropole", StringComparison.Ordinal),
            $"{notebook}: the chart title {title} does not say the SMIC drawn is the métropole's."));
        Assert.Contains("SMIC mensuel brut en métropole :", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void EveryNotebookIsListedInTheNotebooksReadme(string notebook) =>
        Assert.Contains($"| `{notebook}` |", File.ReadAllText(Path.Combine(NotebookFolder(), "README.md")), StringComparison.Ordinal);

    /// <summary>A ScottPlot title call with its argument, up to the end of its statement.</summary>
    [GeneratedRegex(@"\.Title\(.*?\);", RegexOptions.Singleline)]
    private static partial Regex TitleCall();

    private static string NotebookFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "MedSec.sln"))) return Path.Combine(dir.FullName, "notebooks");
        throw new DirectoryNotFoundException($"No MedSec.sln above {AppContext.BaseDirectory}");
    }
}
