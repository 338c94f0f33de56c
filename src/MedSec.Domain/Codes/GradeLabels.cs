namespace MedSec.Domain.Codes;

/// <summary>
/// The grades' names as their statutes give them (décret n° 2011-660 for the AMA corps, décret n° 2021-1827 for the
/// adjoints' échelles C1–C3), with the code the JSON and the options use; shown by the dashboard and the CLI's tables.
/// </summary>
public static class GradeLabels
{
    public static readonly IReadOnlyList<(GradeCode Grade, string Label)> All =
    [
        (GradeCode.AmaCn, "Assistant médico-administratif, classe normale (AMA-CN)"),
        (GradeCode.AmaCs, "Assistant médico-administratif, classe supérieure (AMA-CS)"),
        (GradeCode.AmaCe, "Assistant médico-administratif, classe exceptionnelle (AMA-CE)"),
        (GradeCode.AahC1, "Adjoint administratif hospitalier (AAH-C1)"),
        (GradeCode.AahC2, "Adjoint administratif principal de 2e classe (AAH-C2)"),
        (GradeCode.AahC3, "Adjoint administratif principal de 1re classe (AAH-C3)"),
    ];

    public static string Of(GradeCode grade) => All.First(g => g.Grade == grade).Label;

    /// <summary>The label of a grade code as the services return it (<c>AMA-CN</c>); the code itself if unknown.</summary>
    public static string Of(string code) => CodeBook.Grades.TryParse(code, out var grade) ? Of(grade) : code;
}
