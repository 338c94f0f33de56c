using MedSec.Domain.Codes;

namespace MedSec.Web.Formatting;

/// <summary>French labels for the codes shown in the UI (the codes themselves stay ASCII, see CodeBook).</summary>
public static class FrenchLabels
{
    public static readonly IReadOnlyList<(GradeCode Grade, string Label)> Grades =
    [
        (GradeCode.AmaCn, "Assistant médico-administratif, classe normale (AMA-CN)"),
        (GradeCode.AmaCs, "Assistant médico-administratif, classe supérieure (AMA-CS)"),
        (GradeCode.AmaCe, "Assistant médico-administratif, classe exceptionnelle (AMA-CE)"),
        (GradeCode.AahC1, "Adjoint administratif hospitalier (AAH-C1)"),
        (GradeCode.AahC2, "Adjoint administratif principal de 2e classe (AAH-C2)"),
        (GradeCode.AahC3, "Adjoint administratif principal de 1re classe (AAH-C3)"),
    ];

    public static readonly IReadOnlyList<(ResidenceZone Zone, string Label)> Zones =
    [
        (ResidenceZone.Zone1, "Zone 1"),
        (ResidenceZone.Zone2, "Zone 2"),
        (ResidenceZone.Zone3, "Zone 3 (par défaut)"),
    ];

    public static string Grade(GradeCode grade) => Grades.First(g => g.Grade == grade).Label;

    /// <summary>The label of a grade code as the services return it (<c>AMA-CN</c>); the code itself if unknown.</summary>
    public static string Grade(string code) => CodeBook.Grades.TryParse(code, out var grade) ? Grade(grade) : code;

    public static string Zone(ResidenceZone zone) => Zones.First(z => z.Zone == zone).Label;
}
