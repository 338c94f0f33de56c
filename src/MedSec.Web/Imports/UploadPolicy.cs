using MedSec.Data.Ingestion;
using MedSec.Web.Formatting;

namespace MedSec.Web.Imports;

/// <summary>
/// What the web upload (page and <c>POST /api/imports</c>) accepts before handing a file to the import service: a text
/// file of at most <see cref="MaxBytes"/>, named <c>.csv</c>, <c>.tsv</c>, <c>.txt</c>, <c>.json</c>, <c>.jsonl</c> or <c>.ndjson</c>, whose first bytes are text
/// (the magic numbers of spreadsheets, PDFs, archives, images and programs are refused, and so are NUL bytes outside
/// UTF-16 files, with their byte-order mark or without it as <see cref="InputDecoder.Utf16WithoutBom"/> recognises them).
/// </summary>
public static class UploadPolicy
{
    /// <summary>16 Mio: about 250 000 observations of the canonical format.</summary>
    public const long MaxBytes = 16L * 1024 * 1024;

    /// <summary>How many leading bytes the content check reads.</summary>
    public const int SniffBytes = BinaryInput.SniffBytes;

    public static readonly IReadOnlyList<string> Extensions = [".csv", ".tsv", ".txt", ".json", ".jsonl", ".ndjson"];

    /// <summary>The <c>accept</c> attribute of the file input.</summary>
    public static string Accept => string.Join(",", Extensions);

    /// <summary>"16 Mo", for messages.</summary>
    public static string MaxSizeText => $"{FrenchFormat.Integer(MaxBytes / (1024 * 1024))} Mo";

    /// <summary>Checks the name and size announced before reading the bytes; null when acceptable.</summary>
    public static UploadRefusal? CheckAnnounced(string? fileName, long length)
    {
        if (string.IsNullOrWhiteSpace(fileName))
            return new(UploadRefusalKind.Missing, "Aucun fichier reçu : envoyez un fichier CSV dans le champ « file ».");
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (!Extensions.Contains(extension))
            return new(UploadRefusalKind.UnsupportedType,
                $"Type de fichier non accepté ({(extension.Length == 0 ? "sans extension" : extension)}) : fichiers {string.Join(", ", Extensions)} seulement.");
        if (length > MaxBytes)
            return new(UploadRefusalKind.TooLarge, $"Fichier trop volumineux : {MaxSizeText} au plus.");
        if (length == 0)
            return new(UploadRefusalKind.Missing, "Le fichier est vide.");
        return null;
    }

    /// <summary>Checks the first bytes of the content; null when they look like text (the rules every import applies,
    /// <see cref="BinaryInput"/>, said here before the file is handed over).</summary>
    public static UploadRefusal? CheckContent(ReadOnlySpan<byte> content) =>
        (BinaryInput.Refusal(content[..Math.Min(content.Length, SniffBytes)]) ?? BinaryInput.NotText(content)) is { } refusal
            ? new(UploadRefusalKind.Binary, refusal)
            : null;
}
