using System.Globalization;
using System.Text.RegularExpressions;
using MedSec.Data.Geography;
using MedSec.Data.Ingestion;
using MedSec.Domain.Codes;

namespace MedSec.Data.JobAds;

/// <summary>Interprets the fields of one offer (<see cref="JobAdSourceRecord"/> → <see cref="JobAd"/>); never fails.</summary>
public sealed partial class JobAdMapper(FrenchGeography geography)
{
    public JobAd Map(JobAdSourceRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var workingTime = record.Get(JobAdFields.WorkingTime);
        decimal? hours = WorkingHoursParser.TryParse(workingTime, out var h) ? h : null;
        var salaryText = record.Get(JobAdFields.SalaryText);
        var salary = SalaryLabelParser.TryParse(salaryText, out var statement, out var salaryError) ? statement : null;
        var contractCode = record.Get(JobAdFields.ContractCode);
        var postcode = record.Get(JobAdFields.Postcode);
        var experience = Experience(record.Get(JobAdFields.ExperienceRequired), record.Get(JobAdFields.ExperienceLabel), out var experienceError);
        return new JobAd(
            record.Line,
            record.Get(JobAdFields.Id),
            record.Get(JobAdFields.Title),
            record.Get(JobAdFields.RomeCode)?.ToUpperInvariant(),
            record.Get(JobAdFields.Appellation),
            ParseDate(record.Get(JobAdFields.Created)),
            contractCode,
            Contract(contractCode),
            experience,
            workingTime,
            hours,
            WorkingHoursParser.IsPartTime(workingTime, record.Get(JobAdFields.WorkingTimeConverted)),
            record.Get(JobAdFields.NafCode),
            record.Get(JobAdFields.NafLabel),
            record.Get(JobAdFields.EmployerName),
            record.Get(JobAdFields.PlaceLabel),
            postcode,
            Place(postcode, record.Get(JobAdFields.CommuneCode), record.Get(JobAdFields.PlaceLabel)),
            salaryText,
            salary,
            salary is null ? salaryError : null,
            experienceError);
    }

    /// <summary>The département from the postcode, else the INSEE commune code, else the label's "07 - PRIVAS" prefix.</summary>
    private DepartementInfo? Place(string? postcode, string? communeCode, string? label)
    {
        if (geography.TryFromPostcode(postcode, out var d)) return d;
        if (geography.TryFromCommuneCode(communeCode, out d)) return d;
        if (label is not null && LabelPrefix().Match(label) is { Success: true } m && geography.TryGetDepartement(m.Groups[1].Value, out d)) return d;
        return null;
    }

    [GeneratedRegex(@"^\s*(\d{2,3}|2[AB])\s*-", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelPrefix();

    /// <summary>"2025-05-31T14:14:44.737Z" → 2025-05-31 (the calendar day as written).</summary>
    private static DateOnly? ParseDate(string? text) =>
        text is { Length: >= 10 } && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    /// <summary>France Travail's contract codes: CDI, CDD, MIS (intérim), SAI (saisonnier, a fixed term), LIB (libéral).</summary>
    private static ContractType? Contract(string? code) => code?.ToUpperInvariant() switch
    {
        "CDI" => ContractType.Cdi,
        "CDD" or "SAI" => ContractType.Cdd,
        "MIS" or "DIN" => ContractType.Interim,
        "LIB" => ContractType.Freelance,
        _ => null,
    };

    [GeneratedRegex(@"(\d+(?:[.,]\d+)?)\s*(an|mois)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExperiencePattern();

    /// <summary>
    /// "Débutant accepté" (or experienceExige D) → 0; "2 An(s)" → 2; "6 Mois" → 0.5 (years to 2 decimals). A number that
    /// cannot be read (digits of another script, which the pattern's \d matches, or more than a decimal holds) is an
    /// <paramref name="error"/>: the offer is refused rather than read without its experience.
    /// </summary>
    private static decimal? Experience(string? required, string? label, out string? error)
    {
        error = null;
        if (label is not null && ExperiencePattern().Match(label) is { Success: true } m)
        {
            var digits = m.Groups[1].Value;
            if (!decimal.TryParse(digits.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n))
            {
                error = $"'{digits}' n'est pas un nombre d'années.";
                return null;
            }
            var years = m.Groups[2].Value.Equals("mois", StringComparison.OrdinalIgnoreCase) ? ExperienceText.Years(0m, n) : ExperienceText.Years(n, 0m);
            // Beyond a working life the text is not an experience (observation files take 0–60 years).
            return years <= 60m ? years : null;
        }
        if (string.Equals(required, "D", StringComparison.OrdinalIgnoreCase)
            || (label?.Contains("débutant", StringComparison.OrdinalIgnoreCase) ?? false)) return 0m;
        return null;
    }
}
