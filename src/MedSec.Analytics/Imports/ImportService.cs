using System.Security.Cryptography;
using System.Text.Json;
using MedSec.Analytics.Market;
using MedSec.Analytics.Pay;
using MedSec.Data.Exports;
using MedSec.Data.Frames;
using MedSec.Data.Geography;
using MedSec.Data.Ingestion;
using MedSec.Data.Store;
using MedSec.Domain;

namespace MedSec.Analytics.Imports;

/// <summary>
/// Composes the ingestion pipeline (read → validate → normalise) with the pay rules and the store. A file refused whole
/// stores nothing; an accepted file is stored in one transaction, once per SHA-256. Observation files and France Travail
/// job ads become market observations; payroll files go to their own table (<see cref="ImportService"/>'s payroll part).
/// </summary>
/// <param name="databasePath">The store (default <c>$MEDSEC_HOME/medsec.db</c>), opened for each import.</param>
/// <param name="geography">Postcode → département → région for job ads (default: the bundled table, loaded on first use).</param>
/// <param name="sampleFile">
/// The bundled market sample, whose P90 is the "absurd" reference when the store and the file both hold too few
/// observations (data/README.md); null: none then.
/// </param>
public sealed partial class ImportService(
    IPayService pay, string? databasePath = null, TimeProvider? clock = null, FrenchGeography? geography = null, string? sampleFile = null)
    : IImportService
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly string _databasePath = databasePath ?? StoreLocation.DefaultDatabasePath();
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly Lazy<decimal?> _sampleP90 = new(() => SampleP90(pay, sampleFile));

    public ImportReport Import(string path, ImportOptions? options = null)
    {
        // The rejects are written after the file is read: the same path would replace the user's file by its rejected rows.
        if (options?.RejectsPath is { } rejects && SamePath(rejects, path))
            throw new MedSecInputException($"Le fichier des rejets {rejects} est le fichier importé : choisir un autre nom, le fichier serait remplacé par ses lignes rejetées.");
        byte[] content;
        try
        {
            content = InputFile.Read(path);
        }
        catch (FileRejectedException e)
        {
            throw new MedSecInputException(e.Message);
        }
        return Import(Path.GetFileName(path), content, options);
    }

    public ImportReport Import(string fileName, ReadOnlyMemory<byte> content, ImportOptions? options = null)
    {
        options ??= new ImportOptions();
        // Not text: refused here for every format and every face (the readers took a NUL as a character, random bytes as
        // Windows-1252, and said 'En-tête non reconnu' or 'ce n'est pas un fichier de paie').
        if (BinaryInput.NotText(content.Span) is { } notText) throw new MedSecInputException($"{fileName} : {notText}");
        var resolved = Resolve(options.Format, content);
        var format = ImportFormats.Codes.ToCode(resolved);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content.Span));
        using var store = ObservationStore.Open(_databasePath);

        if (store.FindImport(sha256) is { } existing)
        {
            if (options.Format != ImportFormat.Auto && existing.Format != format)
                throw new MedSecInputException(
                    $"{fileName} : ce fichier a déjà été importé comme {ImportFormats.FrenchName(existing.Format)} " +
                    $"(import n° {existing.Id}) ; il ne peut pas l'être comme {ImportFormats.FrenchName(format)}.");
            return Repeat(existing, fileName, content, options);
        }
        if (resolved == ImportFormat.Payroll) return ImportPayroll(fileName, content, sha256, options);

        var result = Run(fileName, content, resolved, ReferenceP90(store), options);
        var report = Report(fileName, format, sha256, result, _clock.GetUtcNow(), result.ReferenceP90);
        var total = result.Observations.Count;
        // The rejects are written before the import is stored: a path that cannot be written stops the command with nothing
        // stored, rather than after the commit, when a second run only says "already imported".
        var written = WriteRejects(report, result, options);
        var outcome = store.Save(
            new ImportDraft(fileName, sha256, format, report.ImportedAt, report.Read, report.Accepted, report.Rejected,
                report.Flagged, JsonSerializer.Serialize(report, Json)),
            result.Observations,
            options.Progress is { } progress ? row => { if (row % 8192 == 0 || row == total) progress(new(ImportStage.Storing, row, total)); } : null);
        if (outcome.AlreadyImported) return Repeat(outcome.Import, fileName, content, options);
        return written with { ImportId = outcome.Import.Id };
    }

    public IReadOnlyList<ImportRecord> Imports()
    {
        using var store = ObservationStore.Open(_databasePath);
        return store.Imports();
    }

    public bool Delete(long importId)
    {
        using var store = ObservationStore.Open(_databasePath);
        return store.DeleteImport(importId);
    }

    /// <summary>The stored report of a file imported before, with the same counts; the rejects file is rebuilt if asked.</summary>
    private ImportReport Repeat(ImportRecord existing, string fileName, ReadOnlyMemory<byte> content, ImportOptions options)
    {
        var stored = JsonSerializer.Deserialize<ImportReport>(existing.ReportJson, Json)!;
        var report = stored with { File = fileName, AlreadyImported = true, ImportId = existing.Id, RejectsFile = null };
        if (options.RejectsPath is null) return report;
        ImportFormats.Codes.TryParse(existing.Format, out var format);
        if (format == ImportFormat.Payroll) return WriteRejects(report, RunPayroll(fileName, content), options);
        var result = Run(fileName, content, format, stored.ReferenceP90, options with { Progress = null });
        return WriteRejects(report, result, options);
    }

    private ObservationIngestResult Run(string fileName, ReadOnlyMemory<byte> content, ImportFormat format, decimal? referenceP90, ImportOptions options)
    {
        var progress = options.Progress;
        var result = format == ImportFormat.JobAds
            ? RunJobAds(fileName, content)
            : ObservationPipeline.Run(fileName, content, new PayServiceLookups(pay), new ObservationPipelineOptions(
                new ObservationReaderOptions(Today: Today, Geography: _geography.Value),
                referenceP90,
                progress is null ? null : (done, total) => progress(new ImportProgress(ImportStage.Reading, done, total)),
                FallbackP90: () => _sampleP90.Value));
        if (result.FileError is { } error) throw new MedSecInputException($"{fileName} : {error}");
        return NotEmpty(fileName, result);
    }

    /// <summary>The P90 of the stored observations when there are enough of them, else null (the file's own P90 is used).</summary>
    private static decimal? ReferenceP90(ObservationStore store)
    {
        var cents = store.GrossCents();
        return cents.Length < ObservationPipelineOptions.MinRowsForOwnReference ? null : ObservationPipeline.ReferenceP90(cents);
    }

    /// <summary>The P90 of the sample's full-time monthly gross, or null without a sample.</summary>
    private static decimal? SampleP90(IPayService pay, string? sampleFile)
    {
        if (sampleFile is null || !File.Exists(sampleFile)) return null;
        var rows = MarketData.Load(pay, sampleFile, null).Observations;
        return rows.Count == 0 ? null : ObservationPipeline.ReferenceP90(rows.Select(r => (long)(r.MonthlyGross * 100m)).ToArray());
    }

    /// <summary>
    /// A file with a header and no record is refused, as an empty one (data/README.md): an import of nothing would be listed
    /// and kept. JSON offers have no header: theirs is said to hold no offer.
    /// </summary>
    private static T NotEmpty<T>(string fileName, T result) where T : IngestResult =>
        result.Read > 0 ? result : throw new MedSecInputException(result.RejectsShape == RejectsShape.Delimited
            ? $"{fileName} : aucun enregistrement sous l'en-tête, rien à importer."
            : $"{fileName} : aucune offre dans le fichier, rien à importer.");

    private static bool SamePath(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    private static ImportReport WriteRejects(ImportReport report, IngestResult result, ImportOptions options)
    {
        if (options.RejectsPath is not { } path) return report;
        try
        {
            RejectsWriter.WriteFile(path, result);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new MedSecInputException($"Écriture impossible du fichier des rejets {path} : {OutputFile.Failure(path, e)} ; rien n'a été importé.");
        }
        return report with { RejectsFile = path };
    }

    private static ImportReport Report(string fileName, string format, string sha256, IngestResult r, DateTimeOffset at, decimal? referenceP90) => new(
        fileName, format, r.Read, r.Accepted, r.Rejected, r.Flagged, AlreadyImported: false, r.Rejections, r.Flags,
        ImportId: 0, sha256, at, EncodingCode(r.Dialect!.Encoding), SeparatorOf(r), r.UnknownColumns,
        r.BlankRecords, referenceP90, RejectsFile: null);

    /// <summary>A delimited file's separator; none for JSON offers, whose dialect carries the reader's "|" as a placeholder.</summary>
    private static string? SeparatorOf(IngestResult r) =>
        r.RejectsShape == RejectsShape.Delimited ? r.Dialect!.Separator.ToString() : null;

    private static string EncodingCode(SourceEncoding encoding) => encoding switch
    {
        SourceEncoding.Utf8WithBom => "utf-8-bom",
        SourceEncoding.Windows1252 => "windows-1252",
        SourceEncoding.Utf16LittleEndian => "utf-16le",
        SourceEncoding.Utf16BigEndian => "utf-16be",
        _ => "utf-8",
    };
}
