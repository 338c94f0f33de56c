using System.Globalization;

namespace MedSec.Domain.Pay;

/// <summary>
/// The sentence that dates an answer's figures. <c>asOf</c> is the start of the newest reference figure the answer used
/// (DESIGN.md, Contracts), not the newest in the data: "Données de référence à jour au 01/01/2026" read as the data's
/// freshness, and a net in July 2026 said so beside a warning naming the SMIC's change of 01/06/2026.
/// </summary>
public static class AsOfText
{
    /// <summary>"Chiffre de référence le plus récent utilisé : en vigueur depuis le 01/01/2026."</summary>
    public static string Sentence(DateOnly asOf) =>
        $"Chiffre de référence le plus récent utilisé : en vigueur depuis le {asOf.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}.";
}
