using MedSec.Domain.Codes;

namespace MedSec.Web.Formatting;

/// <summary>French labels for the codes shown in the UI (the codes themselves stay ASCII, see CodeBook).</summary>
public static class FrenchLabels
{
    public static readonly IReadOnlyList<(ResidenceZone Zone, string Label)> Zones =
    [
        (ResidenceZone.Zone1, "Zone 1"),
        (ResidenceZone.Zone2, "Zone 2"),
        (ResidenceZone.Zone3, "Zone 3 (par défaut)"),
    ];

    public static string Zone(ResidenceZone zone) => Zones.First(z => z.Zone == zone).Label;
}
