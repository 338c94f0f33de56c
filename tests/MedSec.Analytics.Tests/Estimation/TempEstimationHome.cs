using MedSec.Analytics.Estimation;
using MedSec.Analytics.Estimation.Model;
using MedSec.Data.Ingestion;

namespace MedSec.Analytics.Tests.Estimation;

/// <summary>
/// A throw-away MEDSEC_HOME: a models folder, a store path, and a small synthetic sample file written with the
/// observation writer (so lifecycle tests train in a second, not on the 20 000-row bundled sample).
/// </summary>
public sealed class TempEstimationHome : IDisposable
{
    public TempEstimationHome()
    {
        Root = Path.Combine(Path.GetTempPath(), "medsec-estimation", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        SampleFile = Path.Combine(Root, "observations.csv");
        using (var stream = File.Create(SampleFile))
            ObservationCsvWriter.Write(stream, new SyntheticMarket(seed: 11).Rows(2500).Select(r => r.Observation));
        Settings = new EstimationSettings(Path.Combine(Root, "models"), SampleFile, Path.Combine(Root, "medsec.db"),
            TrainingOptions.Default with { Trees = 120, SpreadTrees = 40 });
    }

    public string Root { get; }

    public string SampleFile { get; }

    public EstimationSettings Settings { get; }

    public EstimateService NewService() => new(EstimationServices.Pay, Settings, () => new DateOnly(2026, 3, 2));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
