using MedSec.Domain.Codes;

namespace MedSec.Analytics.Imports;

/// <summary>What a user file holds (<c>--format</c> of <c>medsec ingest</c>).</summary>
public enum ImportFormat
{
    /// <summary>Recognised from the header.</summary>
    Auto,
    /// <summary>Salary observations (data/README.md).</summary>
    Observations,
    /// <summary>France Travail job ads (offres d'emploi): API JSON, JSON Lines or the pipe-separated export; ROME M1609 kept as market observations.</summary>
    JobAds,
    /// <summary>An employer's payroll (personal data, its own table, never market data; <c>medsec payroll delete</c> removes it).</summary>
    Payroll,
}

public static class ImportFormats
{
    public static readonly CodeMap<ImportFormat> Codes = new([
        (ImportFormat.Auto, "auto"), (ImportFormat.Observations, "observations"), (ImportFormat.JobAds, "job-ads"),
        (ImportFormat.Payroll, "payroll")]);

    /// <summary>A format's code as a French reader names it, in a word (it stands beside file names): "paie", "annonces".</summary>
    public static string FrenchName(string code) => code switch
    {
        "job-ads" => "annonces",
        "payroll" => "paie",
        _ => code,
    };

    /// <summary>
    /// Whether an import of this format keeps the values of the columns it does not know (an observation file stores them
    /// with each row, data/README.md); a payroll stores only its own columns (personal data). The CLI and the dashboard
    /// both say it from here.
    /// </summary>
    public static bool KeepsUnknownColumns(string code) => code != Codes.ToCode(ImportFormat.Payroll);
}
