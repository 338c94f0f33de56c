using MedSec.Domain.Codes;

namespace MedSec.Domain.Grids;

/// <summary>Grid requests the rules cannot answer, as one plain French sentence (<see cref="MedSecInputException"/>).</summary>
public static class GridErrors
{
    public const int MaxLevels = 12;

    public static MedSecInputException StepsOutOfRange(int steps) => OutOfRange(
        $"Nombre d'échelons d'ancienneté {steps} hors de l'intervalle 1 à {SeniorityScale.MaxSteps}.");

    public static MedSecInputException LevelsOutOfRange(int levels) => OutOfRange(
        $"Nombre de niveaux {levels} hors de l'intervalle 1 à {MaxLevels}.");

    public static MedSecInputException PercentileOutOfRange(decimal percentile) => OutOfRange(
        $"Centile {percentile.ToString(System.Globalization.CultureInfo.InvariantCulture)} hors de l'intervalle 1 à 99.");

    public static MedSecInputException LevelGapOutOfRange(decimal gap) => OutOfRange(
        $"Écart entre niveaux de {(gap * 100).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)} % hors de l'intervalle 0 à 50 %.");

    public static MedSecInputException ChargeRateOutOfRange(decimal rate) => OutOfRange(
        $"Taux de charges patronales de {(rate * 100).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)} % hors de l'intervalle 0 à 100 %.");

    private static MedSecInputException OutOfRange(string message) => new(message, InputErrorKind.OutOfRange);

    /// <summary>The agreement's levels are not known at the date asked (before its first transcribed minima): the date is
    /// what the reader can change.</summary>
    public static MedSecInputException NoPositions(Agreement agreement, DateOnly date) => new(
        $"Aucun niveau de secrétaire médicale connu pour la convention {CodeBook.Agreements.ToCode(agreement)} au {date:yyyy-MM-dd}.",
        parameter: RequestParameters.Date);
}
