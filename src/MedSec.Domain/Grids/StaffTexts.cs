namespace MedSec.Domain.Grids;

/// <summary>The French sentences of the staff analysis.</summary>
public static class StaffTexts
{
    public static string LevelNotFound(string? level) => string.IsNullOrWhiteSpace(level)
        ? "Niveau absent de la paie : salarié non placé sur la grille."
        : $"Niveau '{level.Trim()}' absent de la grille : salarié non placé.";

    public const string NoHireDateNote = "Date d'entrée absente : premier échelon d'ancienneté retenu.";

    public const string OwnFloorAboveGrid =
        "Le plancher légal de son propre niveau dépasse la grille : l'augmentation l'amène à ce plancher.";

    public static string Unplaced(int count) =>
        $"{count} salarié(s) dont le niveau n'est pas dans la grille : ni compa-ratio ni augmentation calculés.";

    public static string NoHireDate(int count) =>
        $"{count} salarié(s) sans date d'entrée : placé(s) au premier échelon d'ancienneté.";

    public static string UnderFloor(int count) =>
        $"{count} salarié(s) payé(s) sous le plancher légal de leur propre niveau (SMIC ou minimum conventionnel) : régularisation due.";
}
