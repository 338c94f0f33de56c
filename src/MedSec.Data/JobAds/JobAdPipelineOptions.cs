namespace MedSec.Data.JobAds;

/// <summary>Settings of <see cref="JobAdPipeline"/>.</summary>
/// <param name="RomeCodes">
/// The occupations kept (ROME codes); offers of any other are rejected. Default: M1609 only, so that a file of
/// mixed offers adds no other job's pay to the medical secretaries' market. Empty keeps every offer.
/// </param>
/// <param name="Today">Offers created after this day are refused (default: the local date when the pipeline runs).</param>
/// <param name="Source">The source written on each observation.</param>
/// <param name="MaxRecordBytes">An export's record longer than this (as written, in UTF-8 bytes) is rejected with its line and
/// its longest field's column, and the offers after it are read (<see cref="MedSec.Data.Ingestion.RecordLimit"/>, as for
/// observation files).</param>
public sealed record JobAdPipelineOptions(IReadOnlySet<string>? RomeCodes = null, DateOnly? Today = null, string Source = JobAdPipelineOptions.DefaultSource,
    int MaxRecordBytes = MedSec.Data.Ingestion.RecordLimit.DefaultBytes)
{
    public const string DefaultSource = "France Travail";

    /// <summary>Only medical secretaries (ROME M1609).</summary>
    public static readonly IReadOnlySet<string> MedicalSecretaries =
        new HashSet<string>([JobAdFields.MedicalSecretaryRome], StringComparer.OrdinalIgnoreCase);

    public IReadOnlySet<string> RomeCodesOrDefault => RomeCodes ?? MedicalSecretaries;

    public DateOnly TodayOrNow => Today ?? DateOnly.FromDateTime(DateTime.Now);
}
