namespace MedSec.Analytics.Estimation.Model;

/// <summary>
/// A profile whose features are changed one at a time to read the model's median for each variant: on the compiled
/// trees (a dense vector where one slot is switched) when possible, else through the prediction engine.
/// </summary>
internal abstract class MedianProbe
{
    public static MedianProbe For(PayModel model, PayFeatureRow row) =>
        model.Compiled is { } compiled && !float.IsNaN(row.Experience) ? new Dense(compiled, row) : new Engine(model, row);

    /// <summary>The profile's own median, € per month.</summary>
    public abstract double Median();

    /// <summary>The median with one categorical feature set to <paramref name="code"/>, the profile left as it was.</summary>
    public abstract double With(ProfileFeature feature, string code);

    /// <summary>The median with another experience, the profile left as it was.</summary>
    public abstract double WithExperience(float years);

    private sealed class Dense : MedianProbe
    {
        private readonly CompiledMedian _compiled;
        private readonly PayFeatureRow _row;
        private readonly float[] _x;

        public Dense(CompiledMedian compiled, PayFeatureRow row)
        {
            _compiled = compiled;
            _row = row;
            _x = new float[compiled.Width];
            compiled.Encode(row, _x);
        }

        public override double Median() => Math.Exp(_compiled.LogMedian(_x));

        public override double With(ProfileFeature feature, string code)
        {
            var own = _compiled.Slot(feature, ProfileFeatures.Code(_row, feature));
            var other = _compiled.Slot(feature, code);
            if (own >= 0) _x[own] = 0f;
            if (other >= 0) _x[other] = 1f;
            var median = Math.Exp(_compiled.LogMedian(_x));
            if (other >= 0) _x[other] = 0f;
            if (own >= 0) _x[own] = 1f;
            return median;
        }

        public override double WithExperience(float years)
        {
            var own = _x[_compiled.ExperienceSlot];
            _x[_compiled.ExperienceSlot] = years;
            var median = Math.Exp(_compiled.LogMedian(_x));
            _x[_compiled.ExperienceSlot] = own;
            return median;
        }
    }

    private sealed class Engine(PayModel model, PayFeatureRow row) : MedianProbe
    {
        public override double Median() => Math.Exp(model.LogMedian(row));

        public override double With(ProfileFeature feature, string code)
        {
            var own = ProfileFeatures.Code(row, feature);
            ProfileFeatures.Set(row, feature, code);
            var median = Median();
            ProfileFeatures.Set(row, feature, own);
            return median;
        }

        public override double WithExperience(float years)
        {
            var own = row.Experience;
            row.Experience = years;
            var median = Median();
            row.Experience = own;
            return median;
        }
    }
}
