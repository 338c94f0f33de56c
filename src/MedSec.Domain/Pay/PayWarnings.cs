using MedSec.Domain.Codes;
using static MedSec.Domain.Pay.FrenchText;

namespace MedSec.Domain.Pay;

/// <summary>
/// Every warning the pay rules attach to a result, in one place so they stay consistent. Conventions: one short French
/// sentence (the UI is French), capital first letter and final full stop, dates yyyy-MM-dd, amounts "1823,03 €",
/// the legal text in parentheses when the warning is about a rule.
/// </summary>
public static class PayWarnings
{
    public static string PointUnchanged(DateOnly since) =>
        $"Valeur du point inchangée depuis le {Date(since)}.";

    public static string SmicUnchanged(DateOnly since) =>
        $"SMIC inchangé depuis le {Date(since)}.";

    /// <summary>
    /// Mayotte's SMIC is lower than the métropole's (each décret or arrêté revaluing the SMIC fixes it apart, art. 1, 2°):
    /// said with the floor, so a Mayotte figure is not read as a slip.
    /// </summary>
    public static string MayotteSmic(decimal hourly, DateOnly since) =>
        $"SMIC de Mayotte appliqué : {Euros(hourly)} de l'heure depuis le {Date(since)}, plus bas qu'en métropole.";

    /// <summary>
    /// Names the level as well as the agreement: one agreement's levels can date from different texts (IDCC 2264's
    /// coefficients from 2022, its niveaux from 2024), so "the agreement's minima" alone gave two dates for one agreement.
    /// </summary>
    public static string AgreementUnchanged(Agreement agreement, string levelType, string level, DateOnly since) =>
        $"Minimum de la convention {CodeBook.Agreements.ToCode(agreement)} ({levelType} {level}) inchangé depuis le {Date(since)}.";

    public static string BeyondData(DateOnly horizon) =>
        $"Date postérieure aux dernières données connues ({Date(horizon)}) : les derniers chiffres connus sont appliqués.";

    public static string DifferentialPaid(decimal smic, decimal differential) =>
        $"SMIC ({Euros(smic)}) supérieur au traitement de base : indemnité différentielle de {Euros(differential)} (décret 91-769).";

    public static string NoPublicMeasureForSmic(DateOnly smicFrom) =>
        $"Aucune revalorisation du minimum de traitement connue après la hausse du SMIC du {Date(smicFrom)} : seule l'indemnité différentielle y répond.";

    public static string CtiNotInForce(DateOnly date) =>
        $"Pas de CTI en vigueur au {Date(date)} (décret 2020-1152).";

    public static string AgreementBelowSmic(decimal agreementMinimum, decimal smic) =>
        $"Minimum conventionnel ({Euros(agreementMinimum)}) inférieur au SMIC ({Euros(smic)}) : le SMIC s'applique.";

    public static string AgreementNotExtended(Agreement agreement) =>
        $"Minima de la convention {CodeBook.Agreements.ToCode(agreement)} non étendus : ils ne lient que les adhérents des signataires.";

    public static string AddOnsIncluded(Agreement agreement, decimal percent, int years) =>
        $"Minimum de la convention {CodeBook.Agreements.ToCode(agreement)} majoré de ses éléments complémentaires pour " +
        $"{years} an{(years > 1 ? "s" : "")} d'expérience et d'ancienneté : +{FrenchText.Number(percent)} % du minimum.";

    public const string NetPublicAssumption =
        "Titulaire : tout le brut est compté comme traitement indiciaire et CTI (primes non comptées).";

    public static string OvertimeAtDefaultPremiums(decimal weeklyHours) =>
        $"À {Number(weeklyHours)} h par semaine, les heures au-delà de {Number(WorkingTime.FullTimeWeeklyHours)} h sont des heures supplémentaires, comptées ici avec " +
        "les majorations du Code du travail (art. L3121-36) ; un accord d'entreprise ou de branche peut en fixer d'autres.";

    public const string NetPublicParts =
        "Titulaire : CNRACL sur le traitement indiciaire et la CTI, RAFP sur les indemnités (résidence, différentielle), CSG et CRDS sur le tout.";

    public const string NetPrivateExclusions =
        "Hors part salariale de mutuelle et de prévoyance, propre à chaque convention.";
}
