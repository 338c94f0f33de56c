namespace MedSec.Data.JobAds;

/// <summary>Settings of <see cref="JobAdPipeline"/>.</summary>
/// <param name="RomeCodes">
/// The occupations kept (ROME codes); offers of any other are rejected. Default: M1609 only, so that a file of
/// mixed offers adds no other job's pay to the medical secretaries' market. Empty keeps every offer.
/// </param>
/// <param name="Today">Offers created after this day are refused (default: the local date when the pipeline runs).</param>
/// <param name="Source">The source written on each observation.</param>
public sealed record JobAdPipelineOptions(IReadOnlySet<string>? RomeCodes = null, DateOnly? Today = null, string Source = JobAdPipelineOptions.DefaultSource)
{
    public const string DefaultSource = "France Travail";

    /// <summary>Only medical secretaries (ROME M1609).</summary>
    public static readonly IReadOnlySet<string> MedicalSecretaries =
        new HashSet<string>([JobAdFields.MedicalSecretaryRome], StringComparer.OrdinalIgnoreCase);

    public IReadOnlySet<string> RomeCodesOrDefault => RomeCodes ?? MedicalSecretaries;

    public DateOnly TodayOrNow => Today ?? DateOnly.FromDateTime(DateTime.Now);
}
