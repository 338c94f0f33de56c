using MedSec.Analytics.Estimation;
using MedSec.Analytics.Estimation.Model;
using MedSec.Analytics.Imports;
using MedSec.Domain;
using MedSec.Domain.Codes;

namespace MedSec.Analytics.Tests.Estimation;

/// <summary>Load or train, train and save, load again, evaluate, refuse a damaged model, retrain after an import.</summary>
public sealed class ModelLifecycleTests : IDisposable
{
    private static readonly PayProfile Profile = new(Sector.Private, new Region("11"), 6m, Specialty.Cardiology, EmployerType.Clinique);

    private readonly TempEstimationHome _home = new();

    public void Dispose() => _home.Dispose();

    [Fact]
    public void WithoutASavedModelTheServiceTrainsFromTheSampleSaysSoAndSavesNothing()
    {
        var log = new List<string>();
        var service = _home.NewService();
        service.Log = log.Add;
        var estimate = service.Estimate(Profile);
        Assert.Equal(ModelInfo.Sample, estimate.Model.Origin);
        Assert.Contains("aucun modèle enregistré", estimate.Model.Description, StringComparison.Ordinal);
        Assert.Contains(log, l => l.Contains("non enregistré", StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(_home.Settings.ModelDirectory, ModelStore.FolderName)));
    }

    /// <summary>
    /// The description is a French sentence (the CLI prints it under its tables): its numbers are written as French writes
    /// them. The test home's sample holds 2 500 rows (<see cref="TempEstimationHome"/>: <c>Rows(2500)</c>), so "2 500
    /// observations" with a grouping space, and the training time with a decimal comma ("en 1,0 s", not "en 1.0 s").
    /// </summary>
    [Fact]
    public void TheModelsDescriptionWritesItsNumbersInFrench()
    {
        var log = new List<string>();
        var service = _home.NewService();
        service.Log = log.Add;

        var description = service.Estimate(Profile).Model.Description;

        Assert.Matches(@"\(2[\u00A0\u202F ]500 observations\) en \d+,\d s,", description);
        Assert.Contains(log, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"\(2[\u00A0\u202F ]500 observations\) en \d+,\d s,"));
    }

    [Fact]
    public void TrainSavesTheModelAndItsMetadataAndANewServiceLoadsTheSameModel()
    {
        var log = new List<string>();
        var trainer = _home.NewService();
        trainer.Log = log.Add;
        var report = trainer.Train();
        var folder = Path.Combine(_home.Settings.ModelDirectory, ModelStore.FolderName);
        Assert.Equal(folder, report.SavedTo);
        Assert.True(File.Exists(Path.Combine(folder, ModelStore.ModelFile)));
        var metadata = File.ReadAllText(Path.Combine(folder, ModelStore.MetadataFile));
        Assert.Contains("\"dataHash\"", metadata, StringComparison.Ordinal);
        Assert.Contains("\"maeModel\"", metadata, StringComparison.Ordinal);
        Assert.Equal(2500, report.Rows);
        Assert.Equal(ModelInfo.Trained, trainer.Model.Origin);
        // The progress lines (the CLI's stderr) write their counts as French does, like the lines around them: the train
        // part is 60 % of the 2 500 rows, 1 500, hence "sur 1 500 lignes" (a no-break space), never "sur 1500 lignes".
        Assert.Equal(1500, report.TrainRows);
        Assert.Contains(log, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^validation croisée en 2 blocs sur 1[\u00A0\u202F ]500 lignes "));

        var loaded = _home.NewService();
        Assert.Equal(ModelInfo.Saved, loaded.Model.Origin);
        Assert.Equal(trainer.Model.DataHash, loaded.Model.DataHash);
        var a = trainer.Estimate(Profile);
        var b = loaded.Estimate(Profile);
        Assert.Equal((a.P10, a.P25, a.Median, a.P75, a.P90, a.N), (b.P10, b.P25, b.Median, b.P75, b.P90, b.N));
        Assert.Equal(a.Explanation, b.Explanation);

        var evaluation = loaded.Evaluate();
        Assert.Equal((report.MaeModel, report.MaeBaseline, report.Coverage80), (evaluation.MaeModel, evaluation.MaeBaseline, evaluation.Coverage80));
        Assert.Null(evaluation.SavedTo);
        Assert.Equal(ModelInfo.Saved, evaluation.Model.Origin);
    }

    [Fact]
    public void ADamagedModelFileIsNotLoaded()
    {
        _home.NewService().Train();
        var modelPath = Path.Combine(_home.Settings.ModelDirectory, ModelStore.FolderName, ModelStore.ModelFile);
        File.AppendAllText(modelPath, "x");
        var service = _home.NewService();
        Assert.Equal(ModelInfo.Sample, service.Model.Origin);
        Assert.Contains("incomplet", service.Model.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void DamagedMetadataAreSaidInFrench()
    {
        _home.NewService().Train();
        File.WriteAllText(Path.Combine(_home.Settings.ModelDirectory, ModelStore.FolderName, ModelStore.MetadataFile), "{ pas du JSON");

        var service = _home.NewService();

        Assert.Equal(ModelInfo.Sample, service.Model.Origin);
        // .NET's English message ("'p' is an invalid start of a property name…") once came inside the French sentence.
        Assert.Contains("modèle enregistré illisible (métadonnées abîmées)", service.Model.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void AModelFolderThatCannotBeWrittenIsOneFrenchSentence()
    {
        // Where the model's folder should be, a file: .NET said "The file … already exists" through 'erreur inattendue'.
        Directory.CreateDirectory(_home.Settings.ModelDirectory);
        File.WriteAllText(Path.Combine(_home.Settings.ModelDirectory, ModelStore.FolderName), "un fichier");

        var refused = Assert.Throws<MedSecInputException>(() => _home.NewService().Train());

        Assert.StartsWith("Modèle non enregistré dans", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("exists", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TrainAddsTheImportedObservationsAndEvaluateNoticesNewData()
    {
        var trained = _home.NewService().Train();
        var file = Path.Combine(_home.Root, "import.csv");
        File.WriteAllText(file, "Date;Secteur;Région;Salaire;Base;Brut/Net;Heures hebdo;Contrat;Intitulé du poste\n" +
            string.Concat(Enumerable.Range(0, 40).Select(i => $"15/03/2025;Privé;84;{2100 + 10 * i};Mensuel;Brut;35;CDI;Secrétaire médicale\n")) +
            "15/03/2025;Privé;84;99999;Mensuel;Brut;35;CDI;Secrétaire médicale\n");
        var import = new ImportService(EstimationServices.Pay, _home.Settings.DatabasePath).Import(file);
        Assert.Equal((41L, 1L), (import.Accepted, import.Flagged)); // 99 999 € a month: over 3 × the file's P90, flagged absurd

        var log = new List<string>();
        var service = _home.NewService();
        service.Log = log.Add;
        var evaluation = service.Evaluate();
        Assert.Contains(log, l => l.Contains("les données ont changé", StringComparison.Ordinal));
        Assert.Equal(2540, evaluation.Rows);

        // The flagged row is stored but not learnt from, and the count says so rather than losing it silently.
        var retrained = service.Train();
        Assert.Equal(trained.Rows + 40, retrained.Rows);
        // 2 540 = the sample's 2 500 rows + the 40 imported rows learnt from, written as French groups its thousands.
        Assert.Equal(2540, retrained.Rows);
        Assert.Contains(log, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"entraînement sur 2[\u00A0\u202F ]540 observations \(2[\u00A0\u202F ]500 de l'échantillon, ")
            && l.Contains("41 importées, moins 1 signalée aberrante à l'import", StringComparison.Ordinal));
    }
}
