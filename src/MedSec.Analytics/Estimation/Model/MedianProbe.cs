using MedSec.Domain.Codes;

namespace MedSec.Analytics.Estimation.Model;

/// <summary>
/// A profile whose features are changed one at a time to read the model's median for each variant: on the compiled
/// trees (a dense vector where one slot is switched) when possible, else through the prediction engine. Each median is
/// the one an estimate of the variant shows (<see cref="PayModel.Percentile"/> at 0.50: the variant's own spread and the
/// observations of its own cell set its σ), so an effect is a difference of medians the user can ask for.
/// </summary>
internal abstract class MedianProbe(PayModel model, PayFeatureRow row, Sector sector, string band)
{
    private readonly string _sector = CodeBook.Sectors.ToCode(sector);

    protected PayModel Model => model;

    protected PayFeatureRow Row => row;

    public static MedianProbe For(PayModel model, PayFeatureRow row, ResolvedProfile p)
    {
        var band = ExperienceBands.Label(p.ExperienceYears);
        return model.Compiled is { } compiled && !float.IsNaN(row.Experience)
            ? new Dense(model, compiled, row, p.Sector, band)
            : new Engine(model, row, p.Sector, band);
    }

    /// <summary>The profile's own median, € per month.</summary>
    public double Median() => Calibrated(Raw(), row.Region, row.Employer, band);

    /// <summary>The median with one categorical feature set to <paramref name="code"/>, the profile left as it was.</summary>
    public double With(ProfileFeature feature, string code) => Calibrated(
        RawWith(feature, code),
        feature == ProfileFeature.Region ? code : row.Region,
        feature == ProfileFeature.Employer ? code : row.Employer,
        band);

    /// <summary>The median with another experience, the profile left as it was.</summary>
    public double WithExperience(float years) =>
        Calibrated(RawWithExperience(years), row.Region, row.Employer, ExperienceBands.Label((decimal)years));

    protected abstract (double LogMedian, double Spread) Raw();

    protected abstract (double LogMedian, double Spread) RawWith(ProfileFeature feature, string code);

    protected abstract (double LogMedian, double Spread) RawWithExperience(float years);

    private double Calibrated((double LogMedian, double Spread) raw, string region, string employer, string experienceBand) =>
        model.Percentile(raw.LogMedian, raw.Spread, sector, model.Statistics.CellCount(_sector, region, employer, experienceBand), 0.50);

    private sealed class Dense : MedianProbe
    {
        private readonly CompiledModel _compiled;
        private readonly float[] _x;

        public Dense(PayModel model, CompiledModel compiled, PayFeatureRow row, Sector sector, string band) : base(model, row, sector, band)
        {
            _compiled = compiled;
            _x = new float[compiled.Width];
            compiled.Encode(row, _x);
        }

        protected override (double LogMedian, double Spread) Raw() => _compiled.Raw(_x);

        protected override (double LogMedian, double Spread) RawWith(ProfileFeature feature, string code)
        {
            var own = _compiled.Slot(feature, ProfileFeatures.Code(Row, feature));
            var other = _compiled.Slot(feature, code);
            if (own >= 0) _x[own] = 0f;
            if (other >= 0) _x[other] = 1f;
            var raw = _compiled.Raw(_x);
            if (other >= 0) _x[other] = 0f;
            if (own >= 0) _x[own] = 1f;
            return raw;
        }

        protected override (double LogMedian, double Spread) RawWithExperience(float years)
        {
            var own = _x[_compiled.ExperienceSlot];
            _x[_compiled.ExperienceSlot] = years;
            var raw = _compiled.Raw(_x);
            _x[_compiled.ExperienceSlot] = own;
            return raw;
        }
    }

    private sealed class Engine(PayModel model, PayFeatureRow row, Sector sector, string band) : MedianProbe(model, row, sector, band)
    {
        // A variant is the profile's row changed in place, asked, then put back.
        protected override (double LogMedian, double Spread) Raw() => Model.ExplanationRaw(Row);

        protected override (double LogMedian, double Spread) RawWith(ProfileFeature feature, string code)
        {
            var own = ProfileFeatures.Code(Row, feature);
            ProfileFeatures.Set(Row, feature, code);
            var raw = Raw();
            ProfileFeatures.Set(Row, feature, own);
            return raw;
        }

        protected override (double LogMedian, double Spread) RawWithExperience(float years)
        {
            var own = Row.Experience;
            Row.Experience = years;
            var raw = Raw();
            Row.Experience = own;
            return raw;
        }
    }
}
