using MedSec.Analytics.Pay;
using MedSec.Analytics.Sample;
using MedSec.Data.Ingestion;
using MedSec.Data.Sample;
using MedSec.Domain.Codes;
using MedSec.Domain.Pay;

namespace MedSec.Analytics.Tests.Sample;

/// <summary>The bundled sample (data/sample, copied into the test output), its parameters, and the file read by the ingestion.</summary>
public sealed class SampleFixture
{
    public MedSecServices Services { get; } = MedSecServices.LoadDefault();

    public SampleParameters Parameters { get; } = SampleParameters.LoadDefault();

    public MarketFigures Figures { get; } = MarketFigures.LoadDefault();

    public byte[] File { get; } = System.IO.File.ReadAllBytes(SampleParameters.DefaultObservationsPath());

    public ObservationIngestResult Read { get; }

    public SampleFixture() =>
        Read = ObservationPipeline.Run("observations.csv", File, new Lookups(Services.Pay),
            new ObservationPipelineOptions(new ObservationReaderOptions(Today: new DateOnly(2026, 11, 22))));

    public SampleGenerator Generator() => new(Services.Pay, Parameters, Figures);

    private sealed class Lookups(IPayService pay) : IPayLookups
    {
        public decimal GrossFromNet(decimal net, Sector sector, DateOnly date) => pay.GrossFromNet(net, sector, date);

        public decimal SmicMonthly(DateOnly date, SmicTerritory territory) => pay.SmicMonthly(date, territory);

        public decimal SmicForHours(decimal weeklyHours, DateOnly date, SmicTerritory territory) => pay.SmicForHours(weeklyHours, date, territory);
    }
}
