using System.Collections.Frozen;

namespace MedSec.Domain.Codes;

/// <summary>The ASCII codes of DESIGN.md ("Codes" table): one place for every code string.</summary>
public static class CodeBook
{
    public static readonly CodeMap<Sector> Sectors = new([
        (Sector.Public, "public"), (Sector.Private, "private"), (Sector.Remote, "remote")]);

    public static readonly CodeMap<EmployerType> Employers = new([
        (EmployerType.Cabinet, "cabinet"), (EmployerType.Clinique, "clinique"), (EmployerType.Hopital, "hopital"),
        (EmployerType.CentreSante, "centre-sante"), (EmployerType.Ehpad, "ehpad"), (EmployerType.MedicoSocial, "medico-social"),
        (EmployerType.Telesecretariat, "telesecretariat")]);

    public static readonly CodeMap<SizeBand> Sizes = new([
        (SizeBand.From1To9, "1-9"), (SizeBand.From10To49, "10-49"), (SizeBand.From50To249, "50-249"), (SizeBand.From250, "250+")]);

    public static readonly CodeMap<Specialty> Specialties = new([
        (Specialty.General, "general"), (Specialty.Cardiology, "cardiology"), (Specialty.Paediatrics, "paediatrics"),
        (Specialty.Surgery, "surgery"), (Specialty.Radiology, "radiology"), (Specialty.Ophthalmology, "ophthalmology"),
        (Specialty.Gynaecology, "gynaecology"), (Specialty.Other, "other")]);

    public static readonly CodeMap<ContractType> Contracts = new([
        (ContractType.Cdi, "cdi"), (ContractType.Cdd, "cdd"), (ContractType.Interim, "interim"), (ContractType.Freelance, "freelance")]);

    public static readonly CodeMap<GradeCode> Grades = new([
        (GradeCode.AmaCn, "AMA-CN"), (GradeCode.AmaCs, "AMA-CS"), (GradeCode.AmaCe, "AMA-CE"),
        (GradeCode.AahC1, "AAH-C1"), (GradeCode.AahC2, "AAH-C2"), (GradeCode.AahC3, "AAH-C3")]);

    public static readonly CodeMap<ResidenceZone> Zones = new([
        (ResidenceZone.Zone1, "1"), (ResidenceZone.Zone2, "2"), (ResidenceZone.Zone3, "3")]);

    public static readonly CodeMap<Agreement> Agreements = new(
        [(Agreement.Idcc1147, "1147"), (Agreement.Idcc2264, "2264"), (Agreement.Idcc29, "29"), (Agreement.Idcc2098, "2098")],
        [("0029", Agreement.Idcc29)]);

    public static readonly CodeMap<CareerRole> Roles = new([
        (CareerRole.Secretary, "secretary"),
        (CareerRole.AmaCn, "AMA-CN"), (CareerRole.AmaCs, "AMA-CS"), (CareerRole.AmaCe, "AMA-CE"),
        (CareerRole.AahC1, "AAH-C1"), (CareerRole.AahC2, "AAH-C2"), (CareerRole.AahC3, "AAH-C3"),
        (CareerRole.Telesecretary, "telesecretary"), (CareerRole.TelesecretaryFreelance, "telesecretary-freelance"),
        (CareerRole.Coordinator, "coordinator"), (CareerRole.AdmissionsManager, "admissions-manager"),
        (CareerRole.Trainer, "trainer"), (CareerRole.CareCoordinator, "care-coordinator"), (CareerRole.ClinicManager, "clinic-manager")]);

    /// <summary>INSEE région codes with their names: 13 metropolitan régions and the 5 overseas ones.</summary>
    public static readonly FrozenDictionary<string, string> RegionNames = new Dictionary<string, string>
    {
        ["11"] = "Île-de-France", ["24"] = "Centre-Val de Loire", ["27"] = "Bourgogne-Franche-Comté", ["28"] = "Normandie",
        ["32"] = "Hauts-de-France", ["44"] = "Grand Est", ["52"] = "Pays de la Loire", ["53"] = "Bretagne",
        ["75"] = "Nouvelle-Aquitaine", ["76"] = "Occitanie", ["84"] = "Auvergne-Rhône-Alpes",
        ["93"] = "Provence-Alpes-Côte d'Azur", ["94"] = "Corse",
        ["01"] = "Guadeloupe", ["02"] = "Martinique", ["03"] = "Guyane", ["04"] = "La Réunion", ["06"] = "Mayotte",
    }.ToFrozenDictionary();

    /// <summary>
    /// A région after "in": "en Bretagne", "en Guadeloupe", but "à La Réunion" and "à Mayotte", as French says of
    /// those two islands.
    /// </summary>
    public static string InRegion(string code) => (code is "04" or "06" ? "à " : "en ") + RegionNames[code];

    public static bool TryParseRegion(string? code, out Region region)
    {
        region = default;
        if (code is null) return false;
        var c = code.Trim();
        if (c.Length == 1) c = "0" + c;
        if (!RegionNames.ContainsKey(c)) return false;
        region = new Region(c);
        return true;
    }
}
