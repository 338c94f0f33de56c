namespace MedSec.Domain.Pay;

/// <summary>
/// The territories with a SMIC of their own (salaire minimum de croissance). The décrets and arrêtés that revalue it set
/// one amount "en métropole, en Guadeloupe, en Guyane, en Martinique, à La Réunion, à Saint-Barthélemy, à Saint-Martin
/// et à Saint-Pierre-et-Miquelon" and another "à Mayotte" (each text's art. 1; data/reference/smic_mayotte.csv).
/// </summary>
public enum SmicTerritory
{
    /// <summary>Métropole and the four other overseas régions: data/reference/smic.csv.</summary>
    Metropole,

    /// <summary>Mayotte (région 06, département 976): data/reference/smic_mayotte.csv.</summary>
    Mayotte,
}
