namespace MedSec.Domain.Codes;

/// <summary>How pay is set (secteur): public grid, private market, or télésecrétariat.</summary>
public enum Sector
{
    /// <summary>Fonction publique hospitalière (statutory grid).</summary>
    Public,
    /// <summary>Privé: cabinets, cliniques, centres de santé (market wage above legal floors).</summary>
    Private,
    /// <summary>Télésecrétariat, employed or freelance.</summary>
    Remote,
}
