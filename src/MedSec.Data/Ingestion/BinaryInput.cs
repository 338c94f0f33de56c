using System.Text;

namespace MedSec.Data.Ingestion;

/// <summary>
/// Files that are not text, told by their first bytes (magic numbers): a spreadsheet, a PDF, an archive, an image, a
/// program. Every import refuses them with one sentence that says what the file is; read as Windows-1252 text, an .xlsx
/// given to <c>medsec ingest</c> was refused as "En-tête non reconnu : la première ligne ne contient aucune des colonnes",
/// which sends the user to their column names. The web upload checks the same signatures before reading.
/// </summary>
public static class BinaryInput
{
    private static readonly (byte[] Magic, string What)[] Signatures =
    [
        ("%PDF"u8.ToArray(), "un PDF"),
        ([0x50, 0x4B, 0x03, 0x04], "un classeur Excel (.xlsx), un document Office ou une archive ZIP"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "un classeur Excel ancien (.xls) ou un document Office"),
        ([0x1F, 0x8B], "une archive gzip"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "une archive 7-Zip"),
        ("Rar!"u8.ToArray(), "une archive RAR"),
        ("BZh"u8.ToArray(), "une archive bzip2"),
        ([0x89, 0x50, 0x4E, 0x47], "une image PNG"),
        ([0xFF, 0xD8, 0xFF], "une image JPEG"),
        ("GIF8"u8.ToArray(), "une image GIF"),
        ([0x7F, 0x45, 0x4C, 0x46], "un programme"),
        ("MZ"u8.ToArray(), "un programme"),
        ("SQLite format 3\0"u8.ToArray(), "une base SQLite"),
    ];

    /// <summary>How many leading bytes <see cref="NotText"/> reads.</summary>
    public const int SniffBytes = 8192;

    /// <summary>Said of bytes that are no known format and no text either.</summary>
    public const string NotTextRefusal = "Ce fichier contient des données binaires, pas du texte : enregistrez vos données au format CSV.";

    /// <summary>
    /// Why content whose first <see cref="SniffBytes"/> bytes are not text is refused (<see cref="NotTextRefusal"/>), or
    /// null: a NUL outside UTF-16 (with its byte order mark, or without it as <see cref="InputDecoder.Utf16WithoutBom"/>
    /// recognises it), or control bytes other than tab, line breaks, form feed and Ctrl-Z in more than 1 % of them. Every
    /// import checks it (the import service, so the command line, the API and both upload forms), not the readers alone.
    /// </summary>
    public static string? NotText(ReadOnlySpan<byte> content)
    {
        var head = content[..Math.Min(content.Length, SniffBytes)];
        if (head.StartsWith(Encoding.Unicode.Preamble) || head.StartsWith(Encoding.BigEndianUnicode.Preamble)
            || InputDecoder.Utf16WithoutBom(content) is not null)
            return null;
        var controls = 0;
        foreach (var b in head)
        {
            if (b == 0) return NotTextRefusal;
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C or 0x1A)) controls++;
        }
        return controls * 100 > head.Length ? NotTextRefusal : null;
    }

    /// <summary>
    /// Why a text with a NUL past the first <see cref="SniffBytes"/> is refused whole, with the line of the first one (header
    /// = 1): a file cut by a disk or copy error and padded with zeros, or binary pasted into a cell, was read and its NUL
    /// stored in the text of a row. No half-import of a corrupt file: the user fixes it and imports it again.
    /// </summary>
    public static string NulRefusal(long line) =>
        $"Ce fichier contient des données binaires (un octet nul à la ligne {line}), pas du texte : enregistrez vos données au format CSV.";

    /// <summary>Why a file starting with these bytes is refused ("Ce fichier est un classeur Excel (.xlsx)…, pas un fichier
    /// texte : …"), or null when its first bytes are no known binary format.</summary>
    public static string? Refusal(ReadOnlySpan<byte> content)
    {
        foreach (var (magic, what) in Signatures)
            if (content.StartsWith(magic))
                return $"Ce fichier est {what}, pas un fichier texte : enregistrez vos données au format CSV.";
        return null;
    }
}
