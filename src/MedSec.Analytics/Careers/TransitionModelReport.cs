using System.Globalization;

namespace MedSec.Analytics.Careers;

/// <summary>
/// How the transition model was chosen: the mean log-loss (−ln of the probability given to what happened) of the counting
/// baseline and of the ML.NET model on the transitions of held-out persons, both trained on the other persons. The ML model
/// is kept only when its log-loss is lower. <paramref name="MlLogLoss"/> is null when it could not be trained (too few data).
/// </summary>
public sealed record TransitionModelReport(
    string Chosen,
    double BaselineLogLoss,
    double? MlLogLoss,
    int TrainingTransitions,
    int HeldOutTransitions,
    int HeldOutPersons,
    bool SyntheticHistories)
{
    public string Summary =>
        MlLogLoss is { } ml
            ? $"{Chosen} (log-loss sur les parcours mis de côté : comptage {Format(BaselineLogLoss)}, ML.NET {Format(ml)})"
            : $"{Chosen} (log-loss sur les parcours mis de côté : {Format(BaselineLogLoss)} ; modèle ML.NET non entraîné)";

    private static string Format(double logLoss) => logLoss.ToString("0.0000", CultureInfo.GetCultureInfo("fr-FR"));
}
