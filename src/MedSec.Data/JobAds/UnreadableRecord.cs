using MedSec.Data.Ingestion;

namespace MedSec.Data.JobAds;

/// <summary>A record of an offers file that could not be read at all (broken JSON, bad quoting), with the bytes as written.</summary>
public sealed record UnreadableRecord(Rejection Rejection, ReadOnlyMemory<byte> Raw);
