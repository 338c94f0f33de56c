using MedSec.Analytics.Estimation.Model;

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

    public static IReadOnlyList<FeatureEffect> Explain(PayModel model, ResolvedProfile p)
    {
        var row = FeatureEncoding.Fill(new PayFeatureRow(), p);
        var probe = MedianProbe.For(model, row, p);
        var median = probe.Median();
        var effects = new List<FeatureEffect>();

        if (p.ExperienceYears is { } years && years >= 1m)
        {
            var beginner = probe.WithExperience(0f);
            effects.Add(Effect(ProfileFeature.Experience, years.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ProfileLabels.Experience(years), median - beginner));
        }

        foreach (var feature in Categorical)
        {
            var weights = model.Statistics.Weights(p.Sector, feature);
            if (weights.Count < 2) continue;
            var reference = 0d;
            foreach (var (code, weight) in weights) reference += weight * probe.With(feature, code);
            var own = ProfileFeatures.Code(row, feature);
            effects.Add(Effect(feature, own, ProfileLabels.Of(feature, own), median - reference));
        }

        return [.. effects.Where(e => Math.Abs(e.Effect) >= 1m).OrderByDescending(e => Math.Abs(e.Effect)).Take(MaximumEffects)];
    }

    private static FeatureEffect Effect(ProfileFeature feature, string value, string label, double euros)
    {
        var amount = Math.Round((decimal)euros, 0, MidpointRounding.AwayFromZero);
        return new FeatureEffect(ProfileFeatures.OptionName(feature), value, amount, ProfileLabels.Effect(label, amount));
    }
}
