using MedSec.Analytics.Pay;
using MedSec.Domain;
using MedSec.Domain.Careers;
using MedSec.Domain.Codes;

namespace MedSec.Analytics.Careers;

/// <summary>
/// The raw strings of <c>medsec paths</c> and <c>GET /api/paths</c> (region, experience, role | sector, specialty, years,
/// date) turned into a <see cref="PathsQuery"/>, with <see cref="PayRequestParser"/>'s conventions: an unknown code is
/// <see cref="InputErrorKind.UnknownCode"/>, anything malformed (or both or neither of role and sector)
/// <see cref="InputErrorKind.BadInput"/>. Ranges (years, experience) are checked by the path service.
/// </summary>
public static class PathsRequestParser
{
    public static PathsQuery Paths(
        string? region, string? experience, string? role, string? sector, string? specialty, string? years,
        string? date = null, DateOnly? today = null)
    {
        var hasRole = !string.IsNullOrWhiteSpace(role);
        var hasSector = !string.IsNullOrWhiteSpace(sector);
        if (hasRole == hasSector) throw CareerErrors.RoleOrSector(both: hasRole);
        var start = PayRequestParser.DateOrToday(date, today);
        var startRole = hasRole ? Role(role) : CareerRoles.ForSector(PayRequestParser.Sector(sector));
        return new PathsQuery(
            Region(region), PayRequestParser.Integer(experience, "experience"), startRole, Specialty(specialty),
            PayRequestParser.Integer(years, "years"), start)
        {
            SpecialtyAssumed = string.IsNullOrWhiteSpace(specialty),
            RoleFromSector = !hasRole,
        };
    }

    public static CareerRole Role(string? code) =>
        CodeBook.Roles.TryParse(code, out var role) ? role
        : string.IsNullOrWhiteSpace(code) ? throw new MedSecInputException("Paramètre role manquant.")
        : throw CareerErrors.UnknownRole(code.Trim());

    public static Region Region(string? code) =>
        CodeBook.TryParseRegion(code, out var region) ? region
        : string.IsNullOrWhiteSpace(code) ? throw new MedSecInputException("Paramètre region manquant.")
        : throw CareerErrors.UnknownRegion(code.Trim());

    public static Specialty Specialty(string? code) =>
        string.IsNullOrWhiteSpace(code) ? Domain.Codes.Specialty.General
        : CodeBook.Specialties.TryParse(code, out var specialty) ? specialty
        : throw new MedSecInputException(
            $"Spécialité inconnue '{PayRequestParser.Shown(code)}' (codes valides : {string.Join(", ", CodeBook.Specialties.AllCodes)}).",
            InputErrorKind.UnknownCode);
}
