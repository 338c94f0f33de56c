using MedSec.Domain.Codes;
using DataLabels = MedSec.Data.Ingestion.FrenchLabels;

namespace MedSec.Web.Formatting;

/// <summary>French labels of the market codes (sector, employer, specialty, experience band…) for the dashboard.</summary>
public static class MarketLabels
{
    public static readonly IReadOnlyList<Sector> Sectors = [Domain.Codes.Sector.Public, Domain.Codes.Sector.Private, Domain.Codes.Sector.Remote];

    /// <summary>The sector as a column title.</summary>
    public static string Sector(Sector sector) => sector switch
    {
        Domain.Codes.Sector.Public => "Public (hôpital)",
        Domain.Codes.Sector.Private => "Privé",
        _ => "Télésecrétariat",
    };

    /// <summary>What the sector covers, in a few words.</summary>
    public static string SectorDetail(Sector sector) => sector switch
    {
        Domain.Codes.Sector.Public => "fonction publique hospitalière, grille statutaire",
        Domain.Codes.Sector.Private => "cabinets, cliniques, centres de santé",
        _ => "salarié ou indépendant, souvent à l'heure",
    };

    /// <summary>The chart colour of a sector (the theme's blue, teal and an orange).</summary>
    public static string Color(Sector sector) => sector switch
    {
        Domain.Codes.Sector.Public => "#1565c0",
        Domain.Codes.Sector.Private => "#00897b",
        _ => "#ef6c00",
    };

    public static string SectorOf(string code) => CodeBook.Sectors.TryParse(code, out var s) ? Sector(s) : code;

    public static string Employer(EmployerType employer) => DataLabels.Employer(employer);

    public static string Specialty(Specialty specialty) => DataLabels.Specialty(specialty);

    public static string Contract(ContractType contract) => DataLabels.Contract(contract);

    public static string EmployerOf(string code) => CodeBook.Employers.TryParse(code, out var e) ? Employer(e) : code;

    public static string SpecialtyOf(string code) => CodeBook.Specialties.TryParse(code, out var s) ? Specialty(s) : code;

    /// <summary>The experience bands of the DataFrame layer, in order, with their French labels.</summary>
    public static readonly IReadOnlyList<(string Code, string Label)> ExperienceBands =
    [
        ("0-1", "0 à 1 an"), ("2-4", "2 à 4 ans"), ("5-9", "5 à 9 ans"), ("10-19", "10 à 19 ans"), ("20+", "20 ans et plus"),
    ];

    /// <summary>Régions sorted by name (metropolitan first, then overseas).</summary>
    public static IReadOnlyList<(string Code, string Name)> Regions { get; } = CodeBook.RegionNames
        .OrderBy(r => r.Key.StartsWith('0') ? 1 : 0).ThenBy(r => r.Value, StringComparer.Create(FrenchFormat.Culture, false))
        .Select(r => (r.Key, r.Value)).ToList();
}
