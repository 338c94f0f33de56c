using MedSec.Analytics.Pay;
using MedSec.Domain;
using MedSec.Domain.Codes;
using MedSec.Domain.Grids;
using MedSec.Domain.Pay;

namespace MedSec.Analytics.Estimation;

/// <summary>
/// The legal floor of a profile, through <see cref="IPayService"/> (never a typed amount): the SMIC of the profile's
/// région (Mayotte has its own) at the date for the hours, and where an agreement usually covers the employer type, its minimum for the entry level of a medical
/// secretary (RESEARCH.md §2): cabinet → IDCC 1147 positionnement 5 (the lowest of the 5–9 cited for the post);
/// clinique → IDCC 2264 coefficient 188 (secrétaire médicale in the extended classification); télésecrétariat →
/// IDCC 2098 coefficient 140 (télésecrétaire after training). Other employers (hospitals, centres de santé, EHPAD,
/// médico-social: several agreements or none) and the public sector (where the indemnité différentielle guarantees the
/// SMIC) are held to the SMIC. A freelance contract is shown the SMIC for comparison only (<see cref="Binds"/>).
/// </summary>
public static class ProfileFloors
{
    /// <summary>
    /// Whether the floor binds the profile's pay. The SMIC is owed by employers to their employees (Code du travail,
    /// art. L3231-1) and the agreements' minima to the employees they cover; a freelance (indépendant, micro-entrepreneur)
    /// is paid a turnover that no minimum holds up, so an estimate of it is not raised to the SMIC shown beside it.
    /// </summary>
    public static bool Binds(ResolvedProfile p) => p.Contract != ContractType.Freelance;

    public static (Agreement Agreement, string Level)? AgreementOf(ResolvedProfile p) =>
        p.Sector == Sector.Public || p.Contract == ContractType.Freelance
            ? null
            : p.Employer switch
            {
                EmployerType.Cabinet => (Agreement.Idcc1147, "5"),
                EmployerType.Clinique => (Agreement.Idcc2264, "188"),
                EmployerType.Telesecretariat => (Agreement.Idcc2098, "140"),
                _ => null,
            };

    /// <summary>
    /// The level of a classification that binds only some employers of the type (members of the signatory federations):
    /// a clinic's secrétaire médicale is niveau 6 of IDCC 2264's avenant n° 33, not extended (RESEARCH.md §2.2). Its
    /// minimum is not the floor, but a member's employee is owed it, so an estimate names it when it is higher.
    /// </summary>
    public static (Agreement Agreement, string Level)? MembersLevelOf(ResolvedProfile p) =>
        AgreementOf(p) is (Agreement.Idcc2264, _) ? (Agreement.Idcc2264, SecretaryPositions.Idcc2264Secretary) : null;

    public static EstimateFloor At(IPayService pay, ResolvedProfile p, DateOnly date, decimal weeklyHours)
    {
        if (AgreementOf(p) is var (agreement, level))
        {
            try
            {
                var floor = pay.Floor(new FloorQuery(agreement, level, date, weeklyHours, Region: p.Region));
                var warnings = MembersMinimum(pay, p, date, weeklyHours, floor.Floor) is { } members ? [.. floor.Warnings, members] : floor.Warnings;
                return new EstimateFloor(weeklyHours, floor.Floor, floor.Binding, floor.Agreement, floor.Level, floor.AsOf, warnings);
            }
            catch (MedSecInputException)
            {
                // No minimum of this agreement at the date (before its first known grid): the SMIC alone applies below.
            }
        }
        var territory = SmicTerritories.Of(p.Region);
        var smic = pay.SmicForHours(weeklyHours, date, territory);
        // Mayotte's SMIC alone says so, as it does beside an agreement (LegalFloorRules): 1 415,05 € is no slip there.
        return new EstimateFloor(weeklyHours, smic, "smic", null, null, null, SmicRules.Notes(pay.Smic(date, territory), territory));
    }

    private static string? MembersMinimum(IPayService pay, ResolvedProfile p, DateOnly date, decimal weeklyHours, decimal floor)
    {
        if (MembersLevelOf(p) is not var (agreement, level)) return null;
        try
        {
            var members = pay.Floor(new FloorQuery(agreement, level, date, weeklyHours, Region: p.Region));
            return members.AgreementMinimum > floor ? EstimateWarnings.MembersMinimum(agreement, level, members.AgreementMinimum) : null;
        }
        catch (MedSecInputException)
        {
            return null; // not in force yet at the date
        }
    }
}
