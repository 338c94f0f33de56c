using MedSec.Data.Geography;
using MedSec.Data.Ingestion;
using MedSec.Data.JobAds;
using MedSec.Data.Payroll;

namespace MedSec.Analytics.Imports;

public sealed partial class ImportService
{
    private readonly Lazy<FrenchGeography> _geography = new(() => geography ?? FrenchGeography.LoadDefault());

    private DateOnly Today => DateOnly.FromDateTime(_clock.GetLocalNow().DateTime);

    /// <summary>
    /// The format to read a file as: the one asked for, or for <c>auto</c> what the content shows — France Travail offers
    /// (JSON, JSON Lines, or the export with salaire.libelle / romeCode), a payroll (a header with a matricule and a base
    /// salary), else salary observations.
    /// </summary>
    public static ImportFormat Resolve(ImportFormat asked, ReadOnlyMemory<byte> content)
    {
        if (asked != ImportFormat.Auto) return asked;
        if (JobAdFileReader.Looks(content)) return ImportFormat.JobAds;
        if (PayrollPipeline.Looks(content)) return ImportFormat.Payroll;
        return ImportFormat.Observations;
    }

    /// <summary>France Travail offers → market observations (ROME M1609 only), with the ingestion's accounting.</summary>
    private ObservationIngestResult RunJobAds(string fileName, ReadOnlyMemory<byte> content) =>
        JobAdPipeline.Run(fileName, content, new PayServiceLookups(pay), _geography.Value, new JobAdPipelineOptions(Today: Today));
}
