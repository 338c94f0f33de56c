using System.Globalization;
using MedSec.Analytics.Sample;

namespace MedSec.Analytics.Tests.Sample;

/// <summary>
/// data/sample/README.md's calibration table is what <c>dotnet run data/sample/regenerate.cs</c> prints for the bundled
/// file: each row, target, accepted range, generated value and gap, as that program writes it.
/// </summary>
public sealed class SampleReadmeTests(SampleFixture sample) : IClassFixture<SampleFixture>
{
    [Fact]
    public void TheCalibrationTableIsWhatTheBundledSampleGives()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "data", "sample", "README.md"));
        var table = new SampleCalibration(sample.Services.Pay, sample.Parameters, sample.Figures)
            .Table([.. sample.Read.Observations.Rows.Select(r => r.Observation)]);

        var missing = table.Select(Line).Where(line => !readme.Contains(line, StringComparison.Ordinal)).ToList();

        Assert.Empty(missing);
    }

    /// <summary>The row as regenerate.cs prints it (the measure with plain spaces, as the page writes it).</summary>
    private static string Line(CalibrationRow r)
    {
        var range = r.High == decimal.MaxValue ? $"≥ {N(r.Low)}" : $"{N(r.Low)} – {N(r.High)}";
        var gap = r.GapPercent.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture);
        var measure = r.Measure.Replace('\u202f', ' ').Replace('\u00a0', ' ');
        return $"| {measure} | {N(r.Target)} | {range} | {N(r.Generated)} | {gap} %{(r.Within ? "" : " (outside)")} |";
    }

    private static string N(decimal value) => value.ToString(value < 10m ? "0.000" : "0.00", CultureInfo.InvariantCulture);

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "MedSec.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException($"No MedSec.sln above {AppContext.BaseDirectory}");
    }
}
