using System.Diagnostics;
using System.Globalization;
using MedSec.Data.Frames;
using MedSec.Domain.Codes;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.LightGbm;

namespace MedSec.Analytics.Estimation.Model;

/// <summary>
/// Trains the pay model on the train rows of a <see cref="TrainingSet"/>:
/// 1. one-hot features (sector, employer, size, région, specialty, contract) and experience;
/// 2. the median model: LightGBM regression of ln(monthly gross for 35 h);
/// 3. the spread model: LightGBM regression of the median model's out-of-fold |residual| (cross-fitted, so it learns
///    the errors the model makes on rows it has not seen, larger where data are sparse or noisy);
/// 4. the interval calibration on the calibration rows (<see cref="IntervalCalibration"/>).
/// Every LightGBM fit runs on one thread with the options' seed: the same data and options give the same model. The
/// one-hot features are split as numbers (<c>UseCategoricalSplit = false</c>; left to ML.NET, it switches to categorical
/// splits on larger data), so every model has the same shape and its trees can be walked directly (<see cref="CompiledModel"/>).
/// </summary>
public static class PayModelTrainer
{
    private static readonly string[] Categorical = ["Sector", "Employer", "Size", "Region", "Specialty", "Contract"];

    /// <summary>Progress lines are French sentences: "sur 12 000 lignes", as EstimateService writes its own.</summary>
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static PayModel Train(TrainingSet data, DataSplit split, TrainingOptions options, Action<string>? progress = null)
    {
        if (split.Train.Count < options.Folds * 10 || split.Calibration.Count == 0)
            throw new InvalidOperationException($"Too few observations to train the pay model ({data.Count}).");
        var clock = Stopwatch.StartNew();
        var ml = new MLContext(options.Seed);
        var all = data.Rows.Select(FeatureEncoding.Row).ToArray();
        foreach (var (row, source) in all.Zip(data.Rows)) row.Label = (float)Math.Log((double)source.MonthlyGross);
        var train = split.Train.Select(i => all[i]).ToArray();

        var featurizer = Featurizer(ml).Fit(ml.Data.LoadFromEnumerable(train));
        progress?.Invoke(string.Create(French, $"validation croisée en {options.Folds} blocs sur {train.Length:N0} lignes (écarts hors échantillon)"));
        var oof = OutOfFoldResiduals(ml, featurizer, train, options);
        foreach (var (row, residual) in train.Zip(oof)) row.SpreadLabel = (float)Math.Abs(residual);

        progress?.Invoke("ajustement du modèle de la médiane");
        var trainView = ml.Data.Cache(featurizer.Transform(ml.Data.LoadFromEnumerable(train)));
        var median = ml.Regression.Trainers.LightGbm(MedianOptions(options)).Fit(trainView);
        progress?.Invoke("ajustement du modèle de l'écart");
        var copy = ml.Transforms.CopyColumns("LogMedian", "Score").Fit(median.Transform(trainView));
        var spread = ml.Regression.Trainers.LightGbm(SpreadOptions(options)).Fit(trainView);
        var chain = new TransformerChain<ITransformer>(featurizer, median, copy, spread);
        progress?.Invoke(string.Create(French, $"calibrage des intervalles sur {split.Calibration.Count:N0} lignes"));

        var absolute = oof.Select(Math.Abs).ToArray();
        var minimumSpread = Math.Max(Percentiles.Type7(absolute, 0.5d) / 4d, 1e-4);
        var bands = data.Rows.Select(r => ExperienceBands.Label(r.ExperienceYears));
        var counts = ProfileCounts.From(all, bands);
        var calibration = Calibrate(ml, chain, data, split, all, counts, minimumSpread);

        var dates = data.Rows.Select(r => r.Date).ToArray();
        var metadata = new ModelMetadata(
            ModelMetadata.CurrentFormat, ModelMetadata.TrainerName, options, DateTimeOffset.UtcNow, clock.Elapsed.TotalSeconds,
            data.Hash, data.Count, split.Train.Count, split.Calibration.Count, split.Test.Count,
            data.Count == 0 ? 0d : data.Rows.Count(r => r.Synthetic) / (double)data.Count,
            dates.Min(), dates.Max(), calibration, counts);
        var schema = ml.Data.LoadFromEnumerable(Array.Empty<PayFeatureRow>()).Schema;
        return new PayModel(ml, chain, schema, metadata);
    }

    private static IEstimator<ITransformer> Featurizer(MLContext ml) =>
        ml.Transforms.Categorical.OneHotEncoding([.. Categorical.Select(c => new InputOutputColumnPair(c + "Hot", c))])
            .Append(ml.Transforms.Concatenate("Features", [.. Categorical.Select(c => c + "Hot"), "Experience"]));

    private static LightGbmRegressionTrainer.Options MedianOptions(TrainingOptions o) => Fit(o, "Label", o.Trees, o.Leaves, o.LearningRate);

    private static LightGbmRegressionTrainer.Options OutOfFoldOptions(TrainingOptions o) =>
        Fit(o, "Label", o.OutOfFoldTrees, o.Leaves, o.OutOfFoldLearningRate);

    private static LightGbmRegressionTrainer.Options SpreadOptions(TrainingOptions o) =>
        Fit(o, "SpreadLabel", o.SpreadTrees, o.SpreadLeaves, o.LearningRate);

    /// <summary>One LightGBM fit: one thread (deterministic, and no OpenMP threads fighting .NET's on 2 cores: STACK.md), and the
    /// one-hot features split as numbers, which is what the flattened tree walk reads (docs/PERFORMANCE.md).</summary>
    private static LightGbmRegressionTrainer.Options Fit(TrainingOptions o, string label, int trees, int leaves, double learningRate) => new()
    {
        LabelColumnName = label,
        FeatureColumnName = "Features",
        NumberOfIterations = trees,
        NumberOfLeaves = leaves,
        LearningRate = learningRate,
        MinimumExampleCountPerLeaf = o.MinimumLeafCount,
        NumberOfThreads = 1,
        Seed = o.Seed,
        Silent = true,
        UseCategoricalSplit = false,
    };

    /// <summary>Residuals (label − prediction) of each train row from a median model fitted without its fold.</summary>
    private static double[] OutOfFoldResiduals(MLContext ml, ITransformer featurizer, PayFeatureRow[] train, TrainingOptions options)
    {
        var residuals = new double[train.Length];
        var fold = new int[train.Length];
        for (var i = 0; i < fold.Length; i++) fold[i] = i % options.Folds;
        var trainer = ml.Regression.Trainers.LightGbm(OutOfFoldOptions(options));
        for (var k = 0; k < options.Folds; k++)
        {
            var fit = train.Where((_, i) => fold[i] != k).ToArray();
            var held = Enumerable.Range(0, train.Length).Where(i => fold[i] == k).ToArray();
            var model = trainer.Fit(featurizer.Transform(ml.Data.LoadFromEnumerable(fit)));
            var scored = model.Transform(featurizer.Transform(ml.Data.LoadFromEnumerable(held.Select(i => train[i]))));
            var scores = scored.GetColumn<float>("Score").ToArray();
            for (var j = 0; j < held.Length; j++) residuals[held[j]] = train[held[j]].Label - scores[j];
        }
        return residuals;
    }

    private static IntervalCalibration Calibrate(MLContext ml, ITransformer chain, TrainingSet data, DataSplit split,
        PayFeatureRow[] all, ProfileCounts counts, double minimumSpread)
    {
        var rows = split.Calibration.Select(i => all[i]).ToArray();
        var scored = chain.Transform(ml.Data.LoadFromEnumerable(rows));
        var logMedian = scored.GetColumn<float>("LogMedian").ToArray();
        var spread = scored.GetColumn<float>("Score").ToArray();
        var statistics = new ProfileStatistics(counts);
        var draft = new IntervalCalibration(IntervalCalibration.Grid, new Dictionary<string, double[]>(), new Dictionary<string, int>(), minimumSpread);

        var bySector = new Dictionary<string, List<double>> { [IntervalCalibration.AllSectors] = [] };
        for (var j = 0; j < rows.Length; j++)
        {
            var source = data.Rows[split.Calibration[j]];
            var cell = statistics.CellCount(rows[j].Sector, rows[j].Region, rows[j].Employer, ExperienceBands.Label(source.ExperienceYears));
            var score = (rows[j].Label - logMedian[j]) / draft.Scale(spread[j], cell);
            var sector = CodeBook.Sectors.ToCode(source.Sector);
            if (!bySector.TryGetValue(sector, out var list)) bySector[sector] = list = [];
            list.Add(score);
            bySector[IntervalCalibration.AllSectors].Add(score);
        }

        var scores = bySector.ToDictionary(s => s.Key, s => Quantiles(s.Value));
        var counted = bySector.ToDictionary(s => s.Key, s => s.Value.Count);
        return draft with { Scores = scores, Rows = counted };
    }

    private static double[] Quantiles(List<double> scores)
    {
        var values = scores.ToArray();
        return [.. IntervalCalibration.Grid.Select(p => Percentiles.Type7(values, p))];
    }
}
