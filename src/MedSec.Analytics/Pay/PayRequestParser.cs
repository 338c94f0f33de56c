using System.Globalization;
using MedSec.Domain;
using MedSec.Domain.Codes;
using MedSec.Domain.Pay;

namespace MedSec.Analytics.Pay;

/// <summary>
/// Turns the raw strings of the CLI options and the API query parameters into pay queries, so both faces accept the same
/// values and refuse the rest with the same one-sentence French message (<see cref="MedSecInputException"/>: an unknown
/// code is <see cref="InputErrorKind.UnknownCode"/>, a date outside the years a request may name
/// <see cref="InputErrorKind.OutOfRange"/>, anything else malformed is <see cref="InputErrorKind.BadInput"/>).
/// Parameters are named as in the API (camelCase), the CLI's options being the same words in kebab-case.
/// Numbers accept a decimal point or a decimal comma. Ranges (échelon of the grid, weekly hours, years, a negative gross) are
/// checked by the pay rules, where they are defined.
/// </summary>
public static partial class PayRequestParser
{
    public static PublicPayQuery PublicPay(string? grade, string? echelon, string? date, string? zone = null, bool noCti = false) =>
        new(Grade(grade), Integer(echelon, "echelon"), Date(date, "date"), Zone(zone), IncludeCti: !noCti);

    /// <summary>
    /// A legal-floor question; <paramref name="region"/> (optional) is the job's région, whose SMIC the floor uses (Mayotte,
    /// 06, has its own); omitted, the métropole's SMIC, as before régions were told apart.
    /// </summary>
    public static FloorQuery Floor(string? agreement, string? level, string? date, string? weeklyHours = null, string? region = null) =>
        new(Agreement(agreement), Level(level), Date(date, "date"),
            string.IsNullOrWhiteSpace(weeklyHours) ? WorkingTime.FullTimeWeeklyHours : Number(weeklyHours, "weeklyHours", "24,5"),
            Region: OptionalRegion(region));

    /// <summary>A gross → net question; without a date, the rates in force on <paramref name="today"/> (default: today).</summary>
    public static NetQuery Net(string? gross, string? sector, string? date = null, DateOnly? today = null) =>
        new(Number(gross, "gross"), Sector(sector), DateOrToday(date, today));

    public static PublicCareerQuery PublicCareer(string? grade, string? start, string? years, string? echelon = null) =>
        new(Grade(grade), Date(start, "start"), Integer(years, "years"), string.IsNullOrWhiteSpace(echelon) ? 1 : Integer(echelon, "echelon"));

    public static GradeCode Grade(string? code) => Code(CodeBook.Grades, code, "grade", "Grade inconnu");

    /// <summary>The residence zone; omitted or empty, zone 3 (no indemnité de résidence).</summary>
    public static ResidenceZone Zone(string? code) => string.IsNullOrWhiteSpace(code) ? ResidenceZone.Zone3 : Code(CodeBook.Zones, code, "zone", "Zone inconnue");

    /// <summary>An IDCC code; <c>0029</c> is accepted for <c>29</c> (CodeBook alias).</summary>
    public static Agreement Agreement(string? code) => Code(CodeBook.Agreements, code, "agreement", "Convention inconnue");

    public static Sector Sector(string? code) => Code(CodeBook.Sectors, code, "sector", "Secteur inconnu");

    /// <summary>
    /// An INSEE région code (DESIGN.md's list; one digit accepted for an overseas one), or null when omitted or empty; an
    /// unknown code is refused with the one message every verb gives (<see cref="RegionErrors.Unknown"/>).
    /// </summary>
    public static Region? OptionalRegion(string? code) =>
        string.IsNullOrWhiteSpace(code) ? null
        : CodeBook.TryParseRegion(code, out var region) ? region
        : throw RegionErrors.Unknown(Shown(code));

    /// <summary>The agreement's own level code, as given (its existence is checked against the reference data).</summary>
    public static string Level(string? text) => Required(text, "level");

    /// <summary>The first date a request may name.</summary>
    public static readonly DateOnly EarliestDate = new(1900, 1, 1);

    /// <summary>
    /// The last date a request may name: far beyond any pay rule's data (whose horizon brings a warning), yet far enough
    /// from <see cref="DateOnly.MaxValue"/> that a career or a path of the longest length still has dates to run to.
    /// </summary>
    public static readonly DateOnly LatestDate = new(2199, 12, 31);

    /// <summary>An ISO date <c>yyyy-MM-dd</c>, from <see cref="EarliestDate"/> to <see cref="LatestDate"/>.</summary>
    public static DateOnly Date(string? text, string name)
    {
        if (!DateOnly.TryParseExact(Required(text, name), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            throw new MedSecInputException($"Date invalide '{Shown(text)}' pour {name} : format attendu aaaa-mm-jj.");
        return date >= EarliestDate && date <= LatestDate
            ? date
            : throw new MedSecInputException(
                $"Date {date:yyyy-MM-dd} pour {name} hors de l'intervalle {EarliestDate:yyyy-MM-dd} à {LatestDate:yyyy-MM-dd}.",
                InputErrorKind.OutOfRange);
    }

    /// <summary>The date <c>date</c> when given (not empty), else <paramref name="today"/> (default: today).</summary>
    public static DateOnly DateOrToday(string? text, DateOnly? today) =>
        string.IsNullOrWhiteSpace(text) ? today ?? DateOnly.FromDateTime(DateTime.Today) : Date(text, "date");

    public static int Integer(string? text, string name) =>
        int.TryParse(Required(text, name), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new MedSecInputException($"Valeur invalide '{Shown(text)}' pour {name} : nombre entier attendu.");

    /// <summary>
    /// A decimal number; <paramref name="example"/> shows the caller one of the kind expected (an amount, hours). Spaces
    /// grouping the thousands, as French writes them ("1 234,56", also with a no-break or a narrow no-break space), are
    /// allowed.
    /// </summary>
    public static decimal Number(string? text, string name, string example = "1823.03") =>
        decimal.TryParse(Ungrouped(Required(text, name)).Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new MedSecInputException($"Valeur invalide '{Shown(text)}' pour {name} : nombre attendu (ex. {example}).");

    /// <summary>The number without the spaces grouping its thousands; a text whose spaces group nothing is left as is (refused).</summary>
    private static string Ungrouped(string text) => ThousandsGroups().Replace(text, "");

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=^-?\d{1,3}(?:[ \u00A0\u202F]\d{3})*)[ \u00A0\u202F](?=\d{3}(?:[ \u00A0\u202F]\d{3})*(?:[.,]\d+)?$)")]
    private static partial System.Text.RegularExpressions.Regex ThousandsGroups();

    /// <summary>The longest part of a caller's text a message repeats: enough to recognise it, not a page of it.</summary>
    public const int ShownLength = 60;

    /// <summary>A caller's text as a message repeats it, trimmed and cut to <see cref="ShownLength"/> characters.</summary>
    public static string Shown(string? text)
    {
        var t = (text ?? "").Trim();
        return t.Length <= ShownLength ? t : string.Concat(t.AsSpan(0, ShownLength), "…");
    }

    private static T Code<T>(CodeMap<T> map, string? code, string name, string unknown) where T : struct, Enum =>
        map.TryParse(Required(code, name), out var value)
            ? value
            : throw new MedSecInputException(
                $"{unknown} '{Shown(code)}' (codes valides : {string.Join(", ", map.AllCodes)}).", InputErrorKind.UnknownCode);

    private static string Required(string? text, string name) =>
        string.IsNullOrWhiteSpace(text)
            ? throw new MedSecInputException($"Paramètre {name} manquant.")
            : text.Trim();
}
