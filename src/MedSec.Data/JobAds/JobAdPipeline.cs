using System.Globalization;
using MedSec.Data.Geography;
using MedSec.Data.Ingestion;
using MedSec.Domain;
using MedSec.Domain.Codes;
using MedSec.Domain.Observations;
using MedSec.Domain.Pay;

namespace MedSec.Data.JobAds;

/// <summary>
/// France Travail offers → observations, with the ingestion's accounting: every offer read ends accepted (maybe
/// flagged) or rejected with its line, column and reason (<see cref="ObservationIngestResult"/>, <c>Accepted + Rejected
/// = Read</c>). An accepted offer becomes one observation: the middle of its salary range in its own basis, its
/// full-time monthly gross, the range and the offer's identifiers kept aside (<see cref="ExtraColumns"/>).
/// Never throws for bad input: a file that is not offers ends with <see cref="ObservationIngestResult.FileError"/>.
/// </summary>
public static class JobAdPipeline
{
    /// <summary>The values kept aside with each observation (its <see cref="NormalisedObservation.Extra"/>).</summary>
    public static readonly IReadOnlyList<string> ExtraColumns =
        ["offer_id", "rome_code", "naf_code", "salary_text", "working_time", "monthly_gross_min", "monthly_gross_max"];

    public static ObservationIngestResult Run(
        string fileName, ReadOnlyMemory<byte> content, IPayLookups lookups, FrenchGeography geography, JobAdPipelineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(lookups);
        ArgumentNullException.ThrowIfNull(geography);
        options ??= new JobAdPipelineOptions();
        JobAdFile file;
        try
        {
            file = JobAdFileReader.Read(fileName, content, options.MaxRecordBytes);
        }
        catch (FileRejectedException e)
        {
            return new ObservationIngestResult { FileName = fileName, FileError = e.Reason };
        }

        var mapper = new JobAdMapper(geography);
        var smic = new SmicCache(lookups);
        var accepted = new List<NormalisedObservation>();
        var outcomes = new List<(long Line, Rejection Rejection, ReadOnlyMemory<byte> Raw)>();
        foreach (var u in file.Unreadable) outcomes.Add((u.Rejection.Line, u.Rejection, u.Raw));
        foreach (var record in file.Records)
        {
            var ad = mapper.Map(record);
            if (TryConvert(ad, options, smic, out var observation, out var rejection)) accepted.Add(observation);
            else outcomes.Add((record.Line, rejection, record.Raw));
        }
        outcomes.Sort((a, b) => a.Line.CompareTo(b.Line));

        return new ObservationIngestResult
        {
            FileName = fileName,
            Dialect = file.Dialect,
            Header = file.Layout == JobAdLayout.PipeSeparated ? HeaderNames(file) : [],
            HeaderLine = file.HeaderLine,
            RejectsShape = file.Layout switch
            {
                JobAdLayout.JsonResults => RejectsShape.JsonResults,
                JobAdLayout.JsonLines => RejectsShape.JsonLines,
                _ => RejectsShape.Delimited,
            },
            Read = file.Records.Count + file.Unreadable.Count,
            BlankRecords = file.BlankRecords,
            Rejections = [.. outcomes.Select(o => o.Rejection)],
            RejectedRecords = [.. outcomes.Select(o => o.Raw)],
            Observations = ObservationColumns.From(accepted),
            Flags = [.. accepted.Where(o => o.IsFlagged).Select(o => new FlaggedRecord(o.Line, JobAdFields.SalaryText, o.FlagReason!))],
        };
    }

    /// <summary>One offer → an observation, or why not.</summary>
    /// <param name="smicAt">The full-time monthly SMIC of a territory at a date, or null when the rules have none.</param>
    public static bool TryConvert(JobAd ad, JobAdPipelineOptions options, Func<DateOnly, SmicTerritory, decimal?> smicAt,
        out NormalisedObservation observation, out Rejection rejection) =>
        TryConvert(ad, options, new SmicCache(smicAt), out observation, out rejection);

    private static bool TryConvert(JobAd ad, JobAdPipelineOptions options, SmicCache smic,
        out NormalisedObservation observation, out Rejection rejection)
    {
        observation = null!;
        rejection = null!;
        var romes = options.RomeCodesOrDefault;
        if (romes.Count > 0 && (ad.RomeCode is null || !romes.Contains(ad.RomeCode)))
            return Reject(ad, JobAdFields.RomeCode, ad.RomeCode is null
                ? "L'offre n'a pas de code ROME."
                : $"Code ROME {ad.RomeCode} hors du champ importé ({string.Join(", ", romes.Order(StringComparer.Ordinal))} : secrétariat médical).", out rejection);
        if (ad.Date is not { } date) return Reject(ad, JobAdFields.Created, "Date de création de l'offre absente ou illisible (aaaa-mm-jjThh:mm:ss).", out rejection);
        if (date > options.TodayOrNow) return Reject(ad, JobAdFields.Created, $"Date {IngestText.Date(date)} dans le futur.", out rejection);
        if (date < ObservationReaderOptions.Oldest) return Reject(ad, JobAdFields.Created, $"Date {IngestText.Date(date)} antérieure au {IngestText.Date(ObservationReaderOptions.Oldest)}.", out rejection);
        if (ad.ExperienceError is { } experienceError) return Reject(ad, JobAdFields.ExperienceLabel, experienceError, out rejection);
        if (ad.Salary is not { } salary) return Reject(ad, JobAdFields.SalaryText, ad.SalaryError ?? "L'offre n'indique pas de salaire.", out rejection);
        if (ad.Departement is not { } place)
            return Reject(ad, JobAdFields.Postcode,
                $"Aucun département français trouvé pour le code postal '{ad.Postcode}' ni le lieu '{ad.PlaceLabel}'.", out rejection);

        // The SMIC of the offer's région: Mayotte's own there (SmicTerritories.Of).
        var territory = SmicTerritories.Of(place.Region);
        var floor = ad.Contract == ContractType.Freelance ? null : smic.At(date, territory);
        var floorForHours = floor is not null && ad.WeeklyHours is { } hours && hours < WorkingTime.FullTimeWeeklyHours
            ? smic.ForHours(hours, date, territory)
            : null;
        var pay = JobAdPayRules.Normalise(salary, ad.WeeklyHours, ad.PartTime, floor, territory, floorForHours);
        // "Annuel de 0.01 Euros" is above zero but rounds to 0,00 € a month: no pay to store (ln 0 to the model).
        if (pay.MonthlyGross <= 0) return Reject(ad, JobAdFields.SalaryText, IngestText.UnderACentAMonth(pay.Amount), out rejection);
        var o = new Observation(
            date, options.Source, JobAdClassifier.Sector(ad), JobAdClassifier.Employer(ad), null, place.Region, place.Code,
            ad.ExperienceYears, JobAdClassifier.Specialty(ad), ad.Title, null, null, ad.Contract, ad.WeeklyHours,
            pay.Amount, pay.Basis, pay.MonthsPaid, PayKind.Gross, null, false);
        var extra = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["monthly_gross_min"] = Money(pay.MonthlyGrossMin),
            ["monthly_gross_max"] = Money(pay.MonthlyGrossMax),
        };
        Keep(extra, "offer_id", ad.Id);
        Keep(extra, "rome_code", ad.RomeCode);
        Keep(extra, "naf_code", ad.NafCode);
        Keep(extra, "salary_text", ad.SalaryText);
        Keep(extra, "working_time", ad.WorkingTimeLabel);
        observation = new NormalisedObservation(o, ad.Line, pay.MonthlyGross, false, pay.Flags, pay.FlagReason, extra);
        return true;
    }

    private static bool Reject(JobAd ad, string column, string reason, out Rejection rejection)
    {
        rejection = new Rejection(ad.Line, column, reason);
        return false;
    }

    private static void Keep(Dictionary<string, string> extra, string name, string? value)
    {
        if (value is not null) extra[name] = value;
    }

    private static IReadOnlyList<string> HeaderNames(JobAdFile file) =>
        [.. System.Text.Encoding.UTF8.GetString(file.HeaderLine.Span).Split(file.Dialect.Separator).Select(h => h.Trim().Trim('"'))];

    private static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>
    /// The SMIC by date and territory, asked once per pair; null when the rules do not cover the date there. With the pay
    /// lookups, also the SMIC of a part-timer's hours (<see cref="IPayLookups.SmicForHours"/>); without, none.
    /// </summary>
    private sealed class SmicCache(Func<DateOnly, SmicTerritory, decimal?> smicAt, IPayLookups? lookups = null)
    {
        private readonly Dictionary<(DateOnly, SmicTerritory), decimal?> _cache = [];

        public SmicCache(IPayLookups lookups) : this((date, territory) =>
        {
            try
            {
                return lookups.SmicMonthly(date, territory);
            }
            catch (MedSecInputException)
            {
                return null;
            }
        }, lookups)
        {
        }

        public decimal? ForHours(decimal weeklyHours, DateOnly date, SmicTerritory territory)
        {
            if (lookups is null) return null;
            try
            {
                return lookups.SmicForHours(weeklyHours, date, territory);
            }
            catch (MedSecInputException)
            {
                return null;
            }
        }

        public decimal? At(DateOnly date, SmicTerritory territory)
        {
            if (!_cache.TryGetValue((date, territory), out var value)) _cache[(date, territory)] = value = smicAt(date, territory);
            return value;
        }
    }
}
