using MedSec.Analytics.Estimation.Model;
using Microsoft.ML;

namespace MedSec.Analytics.Estimation;

/// <summary>
/// Explains a median by differences against reference profiles: for each categorical feature, the model's median for
/// the profile minus its average over the sector's mix of that feature's values (so "Île-de-France : +180 €" means
/// 180 € above the sector's national average, all else equal); for experience, minus the median of a beginner.
/// </summary>
internal static class Explainer
{
    public const int MaximumEffects = 5;

    private static readonly ProfileFeature[] Categorical =
        [ProfileFeature.Region, ProfileFeature.Employer, ProfileFeature.Size, ProfileFeature.Specialty, ProfileFeature.Contract];

    public static IReadOnlyList<FeatureEffect> Explain(PayModel model, PredictionEngine<PayFeatureRow, PayModelOutput> engine, ResolvedProfile p)
    {
        var row = FeatureEncoding.Fill(new PayFeatureRow(), p);
        var median = Median(engine, row);
        var effects = new List<FeatureEffect>();

        if (p.ExperienceYears is { } years && years >= 1m)
        {
            var experience = row.Experience;
            row.Experience = 0f;
            var beginner = Median(engine, row);
            row.Experience = experience;
            effects.Add(Effect(ProfileFeature.Experience, years.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ProfileLabels.Experience(years), median - beginner));
        }

        foreach (var feature in Categorical)
        {
            var weights = model.Statistics.Weights(p.Sector, feature);
            if (weights.Count < 2) continue;
            var own = Code(row, feature);
            var reference = 0d;
            foreach (var (code, weight) in weights)
            {
                ProfileFeatures.Set(row, feature, code);
                reference += weight * Median(engine, row);
            }
            ProfileFeatures.Set(row, feature, own);
            effects.Add(Effect(feature, own, ProfileLabels.Of(feature, own), median - reference));
        }

        return [.. effects.Where(e => Math.Abs(e.Effect) >= 1m).OrderByDescending(e => Math.Abs(e.Effect)).Take(MaximumEffects)];
    }

    private static double Median(PredictionEngine<PayFeatureRow, PayModelOutput> engine, PayFeatureRow row) =>
        Math.Exp(PayModel.Raw(engine, row).LogMedian);

    private static FeatureEffect Effect(ProfileFeature feature, string value, string label, double euros)
    {
        var amount = Math.Round((decimal)euros, 0, MidpointRounding.AwayFromZero);
        return new FeatureEffect(ProfileFeatures.OptionName(feature), value, amount, ProfileLabels.Effect(label, amount));
    }

    private static string Code(PayFeatureRow row, ProfileFeature feature) => feature switch
    {
        ProfileFeature.Region => row.Region,
        ProfileFeature.Employer => row.Employer,
        ProfileFeature.Size => row.Size,
        ProfileFeature.Specialty => row.Specialty,
        _ => row.Contract,
    };
}
