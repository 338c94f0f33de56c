namespace MedSec.Data.Ingestion;

/// <summary>What the observation (or job-offer) pipeline made of one input: its accounting, and the accepted observations.</summary>
public sealed class ObservationIngestResult : IngestResult
{
    public override long Accepted => Observations.Count;

    public ObservationColumns Observations { get; init; } = new();

    /// <summary>The P90 the absurd flag was measured against, or null when none was available.</summary>
    public decimal? ReferenceP90 { get; init; }
}
