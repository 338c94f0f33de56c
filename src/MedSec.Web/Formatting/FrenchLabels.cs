using MedSec.Domain.Codes;

namespace MedSec.Web.Formatting;

/// <summary>French labels for the codes shown in the UI (the codes themselves stay ASCII, see CodeBook).</summary>
public static class FrenchLabels
{
    public static IReadOnlyList<(GradeCode Grade, string Label)> Grades => GradeLabels.All;

    public static readonly IReadOnlyList<(ResidenceZone Zone, string Label)> Zones =
    [
        (ResidenceZone.Zone1, "Zone 1"),
        (ResidenceZone.Zone2, "Zone 2"),
        (ResidenceZone.Zone3, "Zone 3 (par défaut)"),
    ];

    public static string Grade(GradeCode grade) => GradeLabels.Of(grade);

    /// <summary>The label of a grade code as the services return it (<c>AMA-CN</c>); the code itself if unknown.</summary>
    public static string Grade(string code) => GradeLabels.Of(code);

    public static string Zone(ResidenceZone zone) => Zones.First(z => z.Zone == zone).Label;
}
