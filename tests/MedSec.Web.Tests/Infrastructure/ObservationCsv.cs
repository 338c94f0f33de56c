using System.Text;

namespace MedSec.Web.Tests.Infrastructure;

/// <summary>
/// Small observation files in the canonical format (data/README.md: English header, ISO dates, DESIGN.md codes), with
/// a tag in the source column so that each test's file has its own SHA-256.
/// </summary>
public static class ObservationCsv
{
    public const string Header =
        "date,source,sector,employer_type,size_band,region,departement,experience_years,specialty,job_title,grade,echelon,contract,weekly_hours,pay_amount,pay_basis,months_paid,gross_or_net,gender,synthetic";

    /// <summary>
    /// Five records (lines 2–6): line 3 has an unknown sector and line 6 no pay, so both are rejected; line 4 pays 900 € a
    /// month for 35 h, under the SMIC of March 2025 (1 801,80 €, décret 2024-951), so it is accepted and flagged.
    /// Read 5, accepted 3, rejected 2, flagged 1.
    /// </summary>
    public static string Mixed(string tag) => Lines(
        Row(tag, "private", "cabinet", "2150.00"),
        Row(tag, "martian", "cabinet", "2150.00"),
        Row(tag, "private", "cabinet", "900.00"),
        Row(tag, "private", "clinique", "2310.00"),
        Row(tag, "private", "clinique", ""));

    /// <summary>Two valid private records (lines 2–3).</summary>
    public static string Valid(string tag) => Lines(Row(tag, "private", "cabinet", "2150.00"), Row(tag, "private", "clinique", "2310.00"));

    public static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static string Row(string tag, string sector, string employer, string pay) =>
        $"2025-03-15,Test {tag},{sector},{employer},1-9,84,69,4,cardiology,Secrétaire médicale,,,cdi,35,{pay},monthly,12,gross,,false";

    private static string Lines(params string[] rows) => string.Join("\n", [Header, .. rows]) + "\n";
}
