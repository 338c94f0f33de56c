using System.Text.RegularExpressions;
using MedSec.Analytics.Estimation;

namespace MedSec.Analytics.Careers;

/// <summary>
/// The models behind a career plan said in French for its readers (the dashboard's /parcours, the CLI's paths table), each followed by the identifier the CLI and the API
/// give (<c>model</c>, <c>transitionModel</c>), so a figure on the page can be traced to the same model elsewhere.
/// </summary>
public static partial class ModelLabels
{
    /// <summary>
    /// The transition model: "régression logistique multinomiale ML.NET (mlnet-lbfgs-maximum-entropy)". A plan gives the
    /// name followed by how it was chosen (<see cref="TransitionModelReport.Summary"/>: "mlnet-lbfgs-maximum-entropy
    /// (log-loss …)"), kept after the identifier: "… (mlnet-lbfgs-maximum-entropy ; log-loss …)".
    /// </summary>
    public static string Transitions(string name)
    {
        var (id, detail) = TransitionName().Match(name) is { Success: true } m
            ? (m.Groups["id"].Value, m.Groups["detail"].Value)
            : (name, "");
        var label = id switch
        {
            MlTransitionModel.ModelName => "régression logistique multinomiale ML.NET",
            CountingTransitionModel.ModelName => "fréquences des mobilités observées, lissées vers les probabilités a priori",
            _ => null,
        };
        return label is null ? name : $"{label} ({id}{(detail.Length > 0 ? $" ; {detail}" : "")})";
    }

    /// <summary>The shape of <see cref="TransitionModelReport.Summary"/>: "counting (log-loss …)".</summary>
    [GeneratedRegex(@"^(?<id>[\w-]+) \((?<detail>.+)\)$")]
    private static partial Regex TransitionName();

    /// <summary>The market pay: "estimateur LightGBM appris au démarrage sur l'échantillon synthétique (pay-estimator)".</summary>
    public static string MarketPay(string name)
    {
        if (EstimatorName().Match(name) is not { Success: true } m) return name;
        var trainer = m.Groups["trainer"].Value == "LightGbm" ? "LightGBM" : m.Groups["trainer"].Value;
        var origin = m.Groups["origin"].Value switch
        {
            ModelInfo.Sample => "appris au démarrage sur l'échantillon synthétique",
            ModelInfo.Saved => "enregistré par medsec train",
            ModelInfo.Trained => "réentraîné",
            var other => other,
        };
        return $"estimateur de salaire {trainer} {origin} ({m.Groups["id"].Value})";
    }

    /// <summary>The shape of <see cref="EstimatorMarketPay.Name"/>: "pay-estimator (LightGbm, sample)".</summary>
    [GeneratedRegex(@"^(?<id>[\w-]+) \((?<trainer>\w+), (?<origin>\w+)\)$")]
    private static partial Regex EstimatorName();
}
