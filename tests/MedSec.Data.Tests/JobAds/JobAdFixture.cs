using MedSec.Data.Geography;
using MedSec.Data.Ingestion;
using MedSec.Data.JobAds;
using MedSec.Data.Tests.Ingestion;
using MedSec.Data.Tests.Reference;

namespace MedSec.Data.Tests.JobAds;

/// <summary>The job-ad fixtures (offers written in France Travail's formats, salary texts copied from a real export).</summary>
public static class JobAdFixture
{
    public static readonly DateOnly Today = new(2026, 11, 22);

    public static readonly FrenchGeography Geography = FrenchGeography.Load(TestPaths.BundledReference);

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "JobAds", "Fixtures", name));

    public static ObservationIngestResult Run(string name, JobAdPipelineOptions? options = null) =>
        Run(name, Bytes(name), options);

    public static ObservationIngestResult Run(string name, byte[] content, JobAdPipelineOptions? options = null) =>
        JobAdPipeline.Run(name, content, FakePayLookups.Instance, Geography, options ?? new JobAdPipelineOptions(Today: Today));

    public static JobAdFile Read(string name) => JobAdFileReader.Read(name, Bytes(name));
}
