using System.Text.Json.Nodes;
using MedSec.Analytics.Estimation;
using MedSec.Analytics.Estimation.Model;
using MedSec.Domain.Codes;

namespace MedSec.Analytics.Tests.Estimation;

/// <summary>
/// A metadata.json that is valid JSON but cannot drive the model (a field missing or null, a calibration cut short) is a
/// damaged model like any other: said in French, and a model trained from the sample answers. It once went through to
/// the estimate as a NullReferenceException ("erreur inattendue"), or answered with P10 = P90 under origin "saved".
/// </summary>
public sealed class UnusableMetadataTests : IDisposable
{
    private static readonly PayProfile Profile = new(Sector.Private, new Region("11"), 6m, Specialty.Cardiology, EmployerType.Clinique);

    private readonly TempEstimationHome _home = new();

    public void Dispose() => _home.Dispose();

    public static TheoryData<string> Damages() => ["counts missing", "counts null", "calibration null", "scores cut short", "a sector's scores null"];

    [Theory]
    [MemberData(nameof(Damages))]
    public void MetadataThatParseButCannotBeUsedAreRefusedAndTheSampleModelAnswers(string damage)
    {
        _home.NewService().Train();
        var path = Path.Combine(_home.Settings.ModelDirectory, ModelStore.FolderName, ModelStore.MetadataFile);
        var saved = JsonNode.Parse(File.ReadAllText(path))!;
        var metadata = saved["metadata"]!.AsObject();
        var scores = metadata["calibration"]!["scores"]!.AsObject();
        switch (damage)
        {
            case "counts missing": metadata.Remove("counts"); break;
            case "counts null": metadata["counts"] = null; break;
            case "calibration null": metadata["calibration"] = null; break;
            case "scores cut short": foreach (var (_, sector) in scores) sector!.AsArray().RemoveAt(0); break;
            default: scores["private"] = null; break;
        }
        File.WriteAllText(path, saved.ToJsonString());

        var service = _home.NewService();
        var estimate = service.Estimate(Profile);

        Assert.Equal(ModelInfo.Sample, estimate.Model.Origin);
        Assert.Contains("modèle enregistré illisible (métadonnées abîmées)", estimate.Model.Description, StringComparison.Ordinal);
        Assert.True(estimate.P10 < estimate.P90, $"P10 {estimate.P10} €, P90 {estimate.P90} €");
    }

    [Fact]
    public void AnotherFormatIsSaidAsSuchEvenWhenItsFieldsDiffer()
    {
        _home.NewService().Train();
        var path = Path.Combine(_home.Settings.ModelDirectory, ModelStore.FolderName, ModelStore.MetadataFile);
        var saved = JsonNode.Parse(File.ReadAllText(path))!;
        var metadata = saved["metadata"]!.AsObject();
        metadata["formatVersion"] = 2;
        metadata.Remove("counts");
        File.WriteAllText(path, saved.ToJsonString());

        var model = _home.NewService().Model;

        Assert.Equal(ModelInfo.Sample, model.Origin);
        Assert.Contains("modèle enregistré au format 2, attendu 1", model.Description, StringComparison.Ordinal);
    }
}
