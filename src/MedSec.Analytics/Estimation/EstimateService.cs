using System.Diagnostics;
using System.Globalization;
using MedSec.Analytics.Estimation.Evaluation;
using MedSec.Analytics.Estimation.Model;
using MedSec.Analytics.Market;
using MedSec.Analytics.Pay;
using MedSec.Domain.Pay;

namespace MedSec.Analytics.Estimation;

/// <summary>
/// The pay estimator's life cycle, shared by the CLI and the web app. On first use it loads the saved model
/// (<c>$MEDSEC_HOME/models/pay-estimator</c>) or, when none is saved, trains one from the bundled sample in a few
/// seconds without saving it; <see cref="ModelInfo"/> says which. <see cref="Train"/> retrains on the sample plus the
/// imported observations and saves; <see cref="Evaluate"/> scores the current model. Thread-safe.
/// </summary>
public sealed class EstimateService(IPayService pay, EstimationSettings settings, Func<DateOnly>? today = null) : IPayEstimator
{
    private readonly ModelStore _store = new(settings.ModelDirectory);
    private readonly Lock _gate = new();
    private PayEstimator? _current;

    /// <summary>Progress lines (loading, training, saving), for stderr or a log.</summary>
    public Action<string>? Log { get; set; }

    public EstimationSettings Settings => settings;

    /// <summary>The estimator in use, loading or training it on first use.</summary>
    public PayEstimator Current
    {
        get
        {
            lock (_gate) return _current ??= LoadOrTrain();
        }
    }

    public ModelInfo Model => Current.Model;

    public PayEstimate Estimate(PayProfile profile)
    {
        // The floor needs the SMIC at the profile's date: a date before the data is refused before the model is loaded or
        // trained, so the CLI prints the refusal alone, not a model's progress line first (today is always covered).
        if (profile.Date is { } date) pay.Smic(date, SmicTerritories.Of(profile.Region));
        return Current.Estimate(profile);
    }

    /// <summary>Trains on the bundled sample plus the store's observations, scores the model, saves it and puts it in use.</summary>
    public EvaluationReport Train()
    {
        var data = MarketData.Load(pay, settings.SampleFile, settings.DatabasePath);
        var set = TrainingSet.From(data.Observations);
        var aside = data.Count - set.Count;
        // Rows flagged absurd at import are stored but kept out of training (TrainingSet.From): the count says so.
        var flagged = aside switch { 0 => "", 1 => ", moins 1 signalée aberrante à l'import", _ => $", moins {aside} signalées aberrantes à l'import" };
        Log?.Invoke(string.Create(French,
            $"entraînement sur {set.Count:N0} observations ({data.SampleRows:N0} de l'échantillon, {data.StoredRows:N0} importées{flagged})"));
        var split = set.Split(settings.Training);
        var model = PayModelTrainer.Train(set, split, settings.Training, Log);
        var draft = new PayEstimator(model, pay, Info(model, ModelInfo.Trained, null), today);
        var metrics = ModelEvaluation.Score(draft, set, split);
        var scored = new PayModel(model.Context, model.Chain, model.InputSchema, model.Metadata with { Metrics = metrics });
        _store.Save(scored);
        Log?.Invoke($"modèle enregistré dans {_store.Folder}");
        var estimator = new PayEstimator(scored, pay, Info(scored, ModelInfo.Trained, _store.Folder), today);
        lock (_gate) _current = estimator;
        return Report(estimator, set, metrics, _store.Folder);
    }

    /// <summary>
    /// Scores the current model on its held-out rows. When the data changed since it was trained, a model is trained
    /// in memory on the current data (same options) and scored instead; its <see cref="ModelInfo"/> says so.
    /// </summary>
    public EvaluationReport Evaluate()
    {
        var estimator = Current;
        var metadata = estimator.PayModel.Metadata;
        var data = MarketData.Load(pay, settings.SampleFile, estimator.Model.Origin == ModelInfo.Sample ? null : settings.DatabasePath);
        var set = TrainingSet.From(data.Observations);
        if (set.Hash != metadata.DataHash)
        {
            Log?.Invoke("les données ont changé depuis l'entraînement du modèle : évaluation d'un modèle réentraîné en mémoire (medsec train l'enregistre)");
            var model = PayModelTrainer.Train(set, set.Split(settings.Training), settings.Training, Log);
            estimator = new PayEstimator(model, pay, Info(model, ModelInfo.Trained, null), today);
        }
        var split = set.Split(estimator.PayModel.Metadata.Options);
        var metrics = ModelEvaluation.Score(estimator, set, split);
        return Report(estimator, set, metrics, null);
    }

    private EvaluationReport Report(PayEstimator estimator, TrainingSet set, ModelMetrics metrics, string? savedTo)
    {
        var metadata = estimator.PayModel.Metadata;
        return new EvaluationReport(
            metadata.Rows, metrics.MaeModel, metrics.MaeBaseline, metrics.Coverage80, metrics.Coverage80BySector,
            metadata.TrainRows, metadata.CalibrationRows, metadata.TestRows, metadata.TrainSeconds,
            OutsideChecks.Run(estimator, set, pay), estimator.Model, savedTo);
    }

    private PayEstimator LoadOrTrain()
    {
        var saved = _store.TryLoad(out var problem);
        if (saved is not null)
        {
            var info = Info(saved, ModelInfo.Saved, _store.Folder);
            Log?.Invoke(info.Description);
            return new PayEstimator(saved, pay, info, today);
        }
        var clock = Stopwatch.StartNew();
        var data = MarketData.Load(pay, settings.SampleFile, databasePath: null);
        var set = TrainingSet.From(data.Observations);
        var model = PayModelTrainer.Train(set, set.Split(settings.Training), settings.Training);
        var trained = Info(model, ModelInfo.Sample, null, problem, clock.Elapsed.TotalSeconds);
        Log?.Invoke(trained.Description);
        return new PayEstimator(model, pay, trained, today);
    }

    /// <summary>Descriptions and progress lines are French sentences: "20 000 observations en 1,2 s", not "20000 … 1.2 s".</summary>
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    private static ModelInfo Info(PayModel model, string origin, string? path, string? problem = null, double? seconds = null)
    {
        var m = model.Metadata;
        var description = origin switch
        {
            ModelInfo.Saved => string.Create(French,
                $"modèle enregistré chargé depuis {path} (entraîné le {m.TrainedAt:yyyy-MM-dd HH:mm} UTC sur {m.Rows:N0} observations)"),
            ModelInfo.Sample => string.Create(French,
                $"{problem ?? "pas de modèle enregistré"} : modèle entraîné sur l'échantillon fourni ({m.Rows:N0} observations) en {seconds ?? m.TrainSeconds:0.0} s, non enregistré (medsec train l'enregistre)"),
            _ => string.Create(French,
                $"modèle entraîné le {m.TrainedAt:yyyy-MM-dd HH:mm} UTC sur {m.Rows:N0} observations en {m.TrainSeconds:0.0} s"),
        };
        return new ModelInfo(origin, description, m.Trainer, m.TrainedAt, m.Rows, m.DataHash, m.SyntheticShare, m.DataFrom, m.DataTo, path);
    }
}
