using MedSec.Analytics.Estimation.Model;
using MedSec.Analytics.Pay;
using MedSec.Data.Frames;
using MedSec.Domain.Codes;
using MedSec.Domain.Pay;

namespace MedSec.Analytics.Estimation;

/// <summary>
/// Answers estimates from one <see cref="PayModel"/>: fills in omitted options, predicts the profile's percentiles,
/// holds each to the legal floor, converts them to the user's hours and explains the median. Thread-safe.
/// </summary>
public sealed class PayEstimator(PayModel model, IPayService pay, ModelInfo info, Func<DateOnly>? today = null) : IPayEstimator
{
    private static readonly double[] Standard = [0.10, 0.25, 0.50, 0.75, 0.90];

    private readonly Func<DateOnly> _today = today ?? (() => DateOnly.FromDateTime(DateTime.Now));

    public ModelInfo Model => info;

    public PayModel PayModel => model;

    public PayEstimate Estimate(PayProfile profile) => Estimate(profile, explain: true);

    /// <summary>An estimate; without <paramref name="explain"/> the explanation is left empty (evaluation, batch use).</summary>
    public PayEstimate Estimate(PayProfile profile, bool explain)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var date = profile.Date ?? _today();
        var (resolved, filled) = model.Statistics.Resolve(profile);
        var assumed = new Dictionary<string, string>(filled);
        if (profile.WeeklyHours is null) assumed["weeklyHours"] = "35";
        if (profile.Date is null) assumed["date"] = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var n = model.Statistics.CellCount(resolved);

        double[] values;
        IReadOnlyList<FeatureEffect> explanation = [];
        using (var lease = model.Rent())
        {
            var (logMedian, spread) = PayModel.Raw(lease.Engine, FeatureEncoding.Fill(new PayFeatureRow(), resolved));
            values = model.Percentiles(logMedian, spread, resolved.Sector, n, Standard);
        }
        if (explain) explanation = Explainer.Explain(model, resolved);

        var warnings = new List<string>();
        var floor = ProfileFloors.At(pay, resolved, date, WorkingTime.FullTimeWeeklyHours);
        var full = values.Select(v => Money.Cents((decimal)v)).ToArray();
        var binds = ProfileFloors.Binds(resolved);
        if (!binds) warnings.Add(EstimateWarnings.FreelanceNotHeldToFloor(full[0], floor.Amount));
        else if (full[0] < floor.Amount) warnings.Add(EstimateWarnings.RaisedToFloor(full[0], floor.Amount));
        var held = binds ? full.Select(v => Math.Max(v, floor.Amount)).ToArray() : full;

        var hours = profile.WeeklyHours ?? WorkingTime.FullTimeWeeklyHours;
        var floorAtHours = hours == WorkingTime.FullTimeWeeklyHours ? floor : ProfileFloors.At(pay, resolved, date, hours);
        var atHours = held.Select(v => pay.ForHours(v, hours, date)).Select(v => binds ? Math.Max(v, floorAtHours.Amount) : v).ToArray();

        warnings.AddRange(Warnings(resolved, profile, n, date));
        warnings.AddRange(floor.Warnings);
        return new PayEstimate(
            held[2], held[0], held[1], held[3], held[4], floor.Amount, n, assumed, explanation,
            new HoursEstimate(hours, atHours[2], atHours[0], atHours[1], atHours[3], atHours[4], floorAtHours.Amount),
            info, resolved, date, floor, model.Metadata.SyntheticShare >= 0.5, warnings);
    }

    private static IEnumerable<(ProfileFeature Feature, string Code)> AskedValues(PayProfile asked)
    {
        if (asked.Employer is { } employer) yield return (ProfileFeature.Employer, CodeBook.Employers.ToCode(employer));
        if (asked.Size is { } size) yield return (ProfileFeature.Size, CodeBook.Sizes.ToCode(size));
        if (asked.Specialty is { } specialty) yield return (ProfileFeature.Specialty, CodeBook.Specialties.ToCode(specialty));
        if (asked.Contract is { } contract) yield return (ProfileFeature.Contract, CodeBook.Contracts.ToCode(contract));
    }

    private IEnumerable<string> Warnings(ResolvedProfile resolved, PayProfile asked, int n, DateOnly date)
    {
        var metadata = model.Metadata;
        if (metadata.SyntheticShare > 0) yield return EstimateWarnings.Synthetic(metadata.SyntheticShare);
        if (n < PercentileQuery.DefaultK) yield return EstimateWarnings.FewObservations(n, PercentileQuery.DefaultK);
        // Every option the user gave, not the employer alone: a freelance or a public CDD is no more observed than a
        // public cabinet, and its effect in the explanation is the model's guess for a value it never saw.
        foreach (var (feature, code) in AskedValues(asked))
            if (!model.Statistics.Seen(asked.Sector, feature, code))
                yield return EstimateWarnings.UnseenValue(feature, code, asked.Sector);
        if (resolved.ExperienceYears is > (decimal)FeatureEncoding.MaximumExperience)
            yield return EstimateWarnings.ExperienceCapped(resolved.ExperienceYears.Value, (decimal)FeatureEncoding.MaximumExperience);
        if (date > metadata.DataTo.AddYears(1) || date < metadata.DataFrom.AddYears(-1))
            yield return EstimateWarnings.OutsideData(date, metadata.DataFrom, metadata.DataTo);
    }
}
