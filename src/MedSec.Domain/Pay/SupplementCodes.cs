namespace MedSec.Domain.Pay;

/// <summary>Codes of the rows of <c>ReferenceData.Supplements</c> the public pay rules read (data/reference).</summary>
public static class SupplementCodes
{
    /// <summary>Indemnité de résidence rate of a zone (décret 85-1148 art. 9): zone 1, 2 or 3.</summary>
    public static string ResidenceRate(int zone) => $"residence-rate-zone{zone}";

    /// <summary>Indice majoré whose traitement is the least base of the indemnité de résidence (décret 85-1148 art. 9).</summary>
    public const string ResidenceFloorIndex = "residence-floor-index";

    /// <summary>Points of the complément de traitement indiciaire (décret 2020-1152).</summary>
    public const string CtiPoints = "cti-points";

    /// <summary>Hours of the indemnité de sujétion spéciale ("13 heures", décret 90-693).</summary>
    public const string IssHours = "iss-hours";

    /// <summary>Annual hours the ISS hours are a share of (1 900, décret 90-693).</summary>
    public const string IssAnnualHours = "iss-annual-hours";

    /// <summary>Typical rate of the prime de service (7.5 % credit, arrêté du 24 mars 1967).</summary>
    public const string ServiceBonusTypicalRate = "service-bonus-typical-rate";
}
