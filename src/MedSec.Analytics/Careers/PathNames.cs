using System.Globalization;
using MedSec.Domain.Careers;
using MedSec.Domain.Codes;

namespace MedSec.Analytics.Careers;

/// <summary>
/// How a path and its roles are named for people, in the CLI's table and on the dashboard alike: the service's
/// <see cref="CareerPath.Name"/> also holds the role codes, which stay the JSON's and <c>--role</c>'s.
/// </summary>
public static class PathNames
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary><c>secretary:cardiology → trainer : formateur·rice (…)</c> → <c>Formateur·rice (…)</c>.</summary>
    public static string Title(CareerPath path)
    {
        var separator = path.Name.IndexOf(" : ", StringComparison.Ordinal);
        var text = separator >= 0 ? path.Name[(separator + 3)..] : path.Name;
        return text.Length == 0 ? text : char.ToUpper(text[0], French) + text[1..];
    }

    /// <summary>The label careers.csv gives a role code; the code itself if unknown.</summary>
    public static string Role(CareerCatalog catalog, string code) =>
        CodeBook.Roles.TryParse(code, out var role) ? catalog.Role(role).Label : code;

    /// <summary>The starting role, with its specialty unless general practice: "Secrétaire médical(e) en cabinet ou en
    /// clinique (cardiologie)".</summary>
    public static string StartingRole(CareerCatalog catalog, PathsResult result) =>
        Role(catalog, result.Role)
        + (result.Specialty == CodeBook.Specialties.ToCode(Specialty.General) || !CodeBook.Specialties.TryParse(result.Specialty, out var specialty)
            ? ""
            : $" ({MedSec.Data.Ingestion.FrenchLabels.Specialty(specialty).ToLower(French)})");

    /// <summary>The roles a path goes through, from the starting one, each once.</summary>
    public static IEnumerable<string> Roles(CareerCatalog catalog, PathsResult result, CareerPath path) =>
        path.Steps.Select(s => s.Role).Prepend(result.Role).Distinct().Select(code => Role(catalog, code));
}
