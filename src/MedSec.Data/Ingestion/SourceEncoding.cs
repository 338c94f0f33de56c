namespace MedSec.Data.Ingestion;

/// <summary>The text encoding an input file was detected in.</summary>
public enum SourceEncoding
{
    Utf8,
    Utf8WithBom,
    /// <summary>Windows-1252 (ANSI, as Excel saves "CSV (séparateur : point-virgule)" on a French Windows).</summary>
    Windows1252,
    Utf16LittleEndian,
    Utf16BigEndian,
}
