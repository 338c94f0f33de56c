using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using MedSec.Data.Exports;
using MedSec.Domain;
using Microsoft.ML;

namespace MedSec.Analytics.Estimation.Model;

/// <summary>
/// Saved pay models: <c>{directory}/pay-estimator/model.zip</c> (the ML.NET chain) and <c>metadata.json</c> (the
/// <see cref="ModelMetadata"/> and the model file's SHA-256, written last: a model without matching metadata is not loaded).
/// </summary>
public sealed class ModelStore(string directory)
{
    public const string FolderName = "pay-estimator";
    public const string ModelFile = "model.zip";
    public const string MetadataFile = "metadata.json";

    /// <summary>
    /// A field missing or null in metadata.json is a damaged file, not a null the model meets later (a null reference
    /// inside the first estimate): the reader is told to respect the records' required and non-nullable parameters.
    /// </summary>
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public string Folder { get; } = Path.Combine(directory, FolderName);

    /// <summary>Saves the model; a folder it cannot be written to is a <see cref="MedSecInputException"/> in French (.NET's message is English).</summary>
    public void Save(PayModel model)
    {
        try
        {
            Write(model);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new MedSecInputException($"Modèle non enregistré dans {Folder} : {OutputFile.Failure(Folder, e)}.");
        }
    }

    private void Write(PayModel model)
    {
        Directory.CreateDirectory(Folder);
        var modelPath = Path.Combine(Folder, ModelFile);
        var temporary = modelPath + ".tmp";
        model.Context.Model.Save(model.Chain, model.InputSchema, temporary);
        var sha = Sha256(temporary);
        File.Move(temporary, modelPath, overwrite: true);
        var metadataPath = Path.Combine(Folder, MetadataFile);
        File.WriteAllText(metadataPath + ".tmp", JsonSerializer.Serialize(new SavedModel(model.Metadata, sha), Json));
        File.Move(metadataPath + ".tmp", metadataPath, overwrite: true);
    }

    /// <summary>The saved model, or null with the reason (none saved, unreadable, incomplete, another format).</summary>
    public PayModel? TryLoad(out string? problem)
    {
        var modelPath = Path.Combine(Folder, ModelFile);
        var metadataPath = Path.Combine(Folder, MetadataFile);
        if (!File.Exists(modelPath) || !File.Exists(metadataPath))
        {
            problem = "aucun modèle enregistré";
            return null;
        }
        try
        {
            var text = File.ReadAllText(metadataPath);
            // The format first: another format's fields may differ, and that is said as such, not as damaged metadata.
            if (JsonNode.Parse(text)?["metadata"]?["formatVersion"]?.GetValue<int>() is { } format && format != ModelMetadata.CurrentFormat)
            {
                problem = $"modèle enregistré au format {format}, attendu {ModelMetadata.CurrentFormat}";
                return null;
            }
            var saved = JsonSerializer.Deserialize<SavedModel>(text, Json);
            if (saved?.Metadata is not { } metadata) throw new JsonException("empty metadata");
            if (!MetadataCheck.IsUsable(metadata)) throw new JsonException("unusable metadata");
            if (!string.Equals(saved.ModelSha256, Sha256(modelPath), StringComparison.Ordinal))
            {
                problem = "modèle enregistré incomplet (le fichier du modèle ne correspond pas à ses métadonnées)";
                return null;
            }
            var ml = new MLContext(metadata.Options.Seed);
            var chain = ml.Model.Load(modelPath, out var schema);
            problem = null;
            return new PayModel(ml, chain, schema, metadata);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException or FormatException or InvalidDataException)
        {
            problem = $"modèle enregistré illisible ({Unreadable(e)})";
            return null;
        }
    }

    /// <summary>Why a saved model could not be read, in French (the problem is shown to the user; .NET's messages are English).</summary>
    private static string Unreadable(Exception e) => e switch
    {
        JsonException => "métadonnées abîmées",
        UnauthorizedAccessException => "accès refusé",
        IOException => "lecture impossible",
        _ => "fichier abîmé ou d'un autre format",
    };

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private sealed record SavedModel(ModelMetadata Metadata, string ModelSha256);
}
