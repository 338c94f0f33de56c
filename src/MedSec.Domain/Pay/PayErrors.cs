using MedSec.Domain.Codes;
using static MedSec.Domain.Pay.FrenchText;

namespace MedSec.Domain.Pay;

/// <summary>
/// Requests the pay rules cannot answer, as <see cref="MedSecInputException"/>s with one plain French sentence
/// (same conventions as <see cref="PayWarnings"/>); the CLI and the API show the message as is.
/// </summary>
public static class PayErrors
{
    public static MedSecInputException NoData(string what, DateOnly date, DateOnly? first = null) => new(
        first is { } f
            ? $"Aucune donnée pour {what} au {Date(date)} (première donnée : {Date(f)})."
            : $"Aucune donnée pour {what} au {Date(date)}.");

    public static MedSecInputException EchelonOutOfGrid(GradeCode grade, int echelon, int last, DateOnly date) => new(
        $"Échelon {echelon} hors de la grille {CodeBook.Grades.ToCode(grade)} au {Date(date)} (échelons 1 à {last}).");

    public static MedSecInputException UnknownLevel(Agreement agreement, string level, IEnumerable<string> known) => new(
        $"Niveau '{level}' inconnu pour la convention {CodeBook.Agreements.ToCode(agreement)} (niveaux connus : {string.Join(", ", known)}).",
        InputErrorKind.UnknownCode);

    public static MedSecInputException WeeklyHoursOutOfRange(decimal hours) => new(
        $"Durée hebdomadaire de {Number(hours)} h hors de l'intervalle ]0 ; {Number(WorkingTime.MaximumWeeklyHours)}] h.");

    public static MedSecInputException NegativeAmount(string what, decimal amount) => new(
        $"Montant {what} négatif ({Euros(amount)}) : attendu un montant positif ou nul.");

    public static MedSecInputException YearsOutOfRange(int years, int max) => new(
        $"Durée de {years} ans hors de l'intervalle 1 à {max} ans.");
}
