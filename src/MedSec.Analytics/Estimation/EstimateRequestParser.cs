using MedSec.Analytics.Pay;
using MedSec.Domain;
using MedSec.Domain.Codes;
using MedSec.Domain.Pay;

namespace MedSec.Analytics.Estimation;

/// <summary>
/// Turns the strings of <c>medsec estimate</c>'s options and <c>GET /api/estimate</c>'s query parameters into a
/// <see cref="PayProfile"/>, with the messages and error kinds of <see cref="PayRequestParser"/> (an unknown code is
/// <see cref="InputErrorKind.UnknownCode"/>, a value out of its range <see cref="InputErrorKind.OutOfRange"/>, anything else
/// malformed <see cref="InputErrorKind.BadInput"/>).
/// </summary>
public static class EstimateRequestParser
{
    /// <summary>The most years of experience a profile may give (a whole working life).</summary>
    public const decimal MaximumExperienceYears = 50m;

    public static PayProfile Profile(
        string? sector, string? region, string? experience, string? specialty = null, string? employer = null,
        string? size = null, string? contract = null, string? weeklyHours = null, string? date = null) =>
        new(
            PayRequestParser.Sector(sector),
            Region(region),
            Experience(experience),
            Optional(specialty, CodeBook.Specialties, "specialty", "Spécialité inconnue"),
            Optional(employer, CodeBook.Employers, "employer", "Type d'employeur inconnu"),
            Optional(size, CodeBook.Sizes, "size", "Taille d'employeur inconnue"),
            Optional(contract, CodeBook.Contracts, "contract", "Contrat inconnu"),
            string.IsNullOrWhiteSpace(weeklyHours) ? null : WeeklyHours(weeklyHours),
            string.IsNullOrWhiteSpace(date) ? null : PayRequestParser.Date(date, "date"));

    public static Region Region(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) throw new MedSecInputException("Paramètre region manquant.");
        return CodeBook.TryParseRegion(code, out var region)
            ? region
            : throw RegionErrors.Unknown(PayRequestParser.Shown(code));
    }

    public static decimal Experience(string? text)
    {
        var years = PayRequestParser.Number(text, "experience", "2,5");
        return years is >= 0m and <= MaximumExperienceYears
            ? years
            : throw new MedSecInputException(
                $"Expérience hors limites : {text!.Trim()} ans (de 0 à {MaximumExperienceYears:0} ans).", InputErrorKind.OutOfRange);
    }

    public static decimal WeeklyHours(string text)
    {
        var hours = PayRequestParser.Number(text, "weeklyHours", "24,5");
        // The floor's limits (LegalFloorRules): under one hour the floor would refuse and the estimate fall back on the SMIC alone.
        return hours is >= WorkingTime.MinimumWeeklyHours and <= WorkingTime.MaximumWeeklyHours
            ? hours
            : throw new MedSecInputException(
                $"Heures hebdomadaires hors limites : {text.Trim()} (de {WorkingTime.MinimumWeeklyHours:0} à {WorkingTime.MaximumWeeklyHours:0} h).",
                InputErrorKind.OutOfRange);
    }

    private static T? Optional<T>(string? code, CodeMap<T> map, string name, string unknown) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(code)) return null;
        return map.TryParse(code, out var value)
            ? value
            : throw new MedSecInputException(
                $"{unknown} '{PayRequestParser.Shown(code)}' pour {name} (codes valides : {string.Join(", ", map.AllCodes)}).", InputErrorKind.UnknownCode);
    }
}
