using MedSec.Analytics.Estimation.Model;
using MedSec.Domain.Codes;

namespace MedSec.Analytics.Estimation.Evaluation;

/// <summary>
/// Scores an estimator on held-out rows as a user would meet it: each row's job asked at the row's date (full time),
/// its median against the row's monthly gross (MAE) and whether the row lies between P10 and P90 (coverage), next to
/// the group-median baseline fitted on the training rows.
/// </summary>
public static class ModelEvaluation
{
    public static ModelMetrics Score(PayEstimator estimator, TrainingSet data, DataSplit split)
    {
        var baseline = GroupMedianBaseline.Fit(split.Train.Select(i => data.Rows[i]));
        decimal model = 0m, reference = 0m;
        var covered = new Dictionary<string, (int In, int All)>();
        var inside = 0;
        foreach (var i in split.Test)
        {
            var row = data.Rows[i];
            var estimate = estimator.Estimate(row.ToProfile(), explain: false);
            model += Math.Abs(estimate.Median - row.MonthlyGross);
            reference += Math.Abs(baseline.Predict(row) - row.MonthlyGross);
            var isInside = row.MonthlyGross >= estimate.P10 && row.MonthlyGross <= estimate.P90;
            if (isInside) inside++;
            var sector = CodeBook.Sectors.ToCode(row.Sector);
            var (sectorIn, sectorAll) = covered.GetValueOrDefault(sector);
            covered[sector] = (sectorIn + (isInside ? 1 : 0), sectorAll + 1);
        }
        var n = split.Test.Count;
        if (n == 0) throw new InvalidOperationException("No test rows to evaluate on.");
        return new ModelMetrics(
            n,
            Math.Round(model / n, 2, MidpointRounding.AwayFromZero),
            Math.Round(reference / n, 2, MidpointRounding.AwayFromZero),
            Math.Round(inside / (double)n, 4),
            covered.OrderBy(c => c.Key, StringComparer.Ordinal).ToDictionary(c => c.Key, c => Math.Round(c.Value.In / (double)c.Value.All, 4)));
    }
}
