using MedSec.Domain.Codes;
using static MedSec.Domain.Pay.FrenchText;

namespace MedSec.Domain.Pay;

/// <summary>
/// Requests the pay rules cannot answer, as <see cref="MedSecInputException"/>s with one plain French sentence
/// (same conventions as <see cref="PayWarnings"/>); the CLI and the API show the message as is.
/// </summary>
public static class PayErrors
{
    /// <summary>No data at the date asked: the date is what the reader can change (the data are what they are).</summary>
    public static MedSecInputException NoData(string what, DateOnly date, DateOnly? first = null) => new(
        first is { } f
            ? $"Aucune donnée pour {what} au {Date(date)} (première donnée : {Date(f)})."
            : $"Aucune donnée pour {what} au {Date(date)}.",
        parameter: RequestParameters.Date);

    public static MedSecInputException EchelonOutOfGrid(GradeCode grade, int echelon, int last, DateOnly date) => new(
        $"Échelon {echelon} hors de la grille {CodeBook.Grades.ToCode(grade)} au {Date(date)} (échelons 1 à {last}).",
        parameter: RequestParameters.Echelon);

    public static MedSecInputException UnknownLevel(Agreement agreement, string level, IEnumerable<string> known) => new(
        $"Niveau '{level}' inconnu pour la convention {CodeBook.Agreements.ToCode(agreement)} (niveaux connus : {Ranges(known)}).",
        InputErrorKind.UnknownCode);

    /// <summary>The hours a floor is asked for, out of <see cref="WorkingTime.MinimumWeeklyHours"/> to
    /// <see cref="WorkingTime.MaximumWeeklyHours"/> (the CLI's <c>pay floor</c> and <c>GET /api/pay/floor</c> alike).</summary>
    public static MedSecInputException WeeklyHoursOutOfRange(decimal hours) => new(
        $"Durée hebdomadaire de {Number(hours)} h hors limites (de {Number(WorkingTime.MinimumWeeklyHours)} à {Number(WorkingTime.MaximumWeeklyHours)} h).");

    public static MedSecInputException NegativeAmount(string what, decimal amount) => new(
        $"Montant {what} négatif ({Euros(amount)}) : attendu un montant positif ou nul.");

    /// <summary>An amount past <see cref="Money.MaxAmount"/> (7 922 816 251 426 433 759 354 395 033 € once gave a net without cents).</summary>
    public static MedSecInputException AmountTooLarge(string what, decimal amount) => new(
        $"Montant {what} de {Euros(amount)} au-dessus de {Euros(Money.MaxAmount)} : ce n'est pas un salaire.");

    public static MedSecInputException YearsOutOfRange(int years, int max) => new(
        $"Durée de {years} ans hors de l'intervalle 1 à {max} ans.");

    public static MedSecInputException BeyondCalendar(DateOnly start, int years) => new(
        $"Une durée de {years} ans à partir du {Date(start)} dépasse le calendrier (9999-12-31).");

    /// <summary>Level codes in natural order, runs of consecutive numbers written as ranges: "176, 178, 180-242, N1-N17".</summary>
    private static string Ranges(IEnumerable<string> levels)
    {
        var parsed = levels.Distinct()
            .Select(l => (Code: l, Prefix: l.TrimEnd("0123456789".ToCharArray()), Digits: l[l.TrimEnd("0123456789".ToCharArray()).Length..]))
            .Select(l => (l.Code, l.Prefix, Number: int.TryParse(l.Digits, out var n) ? n : (int?)null))
            .OrderBy(l => l.Prefix, StringComparer.Ordinal).ThenBy(l => l.Number).ThenBy(l => l.Code, StringComparer.Ordinal)
            .ToList();
        var parts = new List<string>();
        for (var i = 0; i < parsed.Count; i++)
        {
            var j = i;
            while (j + 1 < parsed.Count && parsed[j].Number is { } n && parsed[j + 1].Number == n + 1 && parsed[j + 1].Prefix == parsed[i].Prefix) j++;
            parts.Add(j - i >= 2 ? $"{parsed[i].Code}-{parsed[j].Code}" : parsed[i].Code);
            if (j - i == 1) parts.Add(parsed[j].Code);
            i = j;
        }
        return string.Join(", ", parts);
    }
}
