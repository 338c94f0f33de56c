using MedSec.Domain.Codes;

namespace MedSec.Domain.Careers;

/// <summary>The one-sentence messages of the career rules (French for the user, English for a broken careers.csv).</summary>
public static class CareerErrors
{
    public const int MaxYears = 40;
    public const int MaxExperience = 50;

    public static InvalidOperationException Catalog(string reason) => new($"careers.csv: {reason}");

    public static MedSecInputException YearsOutOfRange(int years) =>
        new($"Horizon invalide : {years} an(s). Il doit être compris entre 1 et {MaxYears} ans.");

    public static MedSecInputException ExperienceOutOfRange(int years) =>
        new($"Expérience invalide : {years} an(s). Elle doit être comprise entre 0 et {MaxExperience} ans.");

    /// <summary>Both a role and a sector were given (<paramref name="both"/>), or neither.</summary>
    public static MedSecInputException RoleOrSector(bool both = true) => new(both
        ? "Indiquez soit un rôle de départ (role), soit un secteur (sector), mais pas les deux."
        : "Indiquez un rôle de départ (role) ou un secteur (sector).");

    public static MedSecInputException UnknownRole(string code) =>
        new($"Rôle inconnu '{code}' (codes valides : {string.Join(", ", CodeBook.Roles.AllCodes)}).", InputErrorKind.UnknownCode);

    public static MedSecInputException UnknownRegion(string code) => RegionErrors.Unknown(code);
}
