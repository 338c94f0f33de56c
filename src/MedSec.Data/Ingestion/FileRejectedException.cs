namespace MedSec.Data.Ingestion;

/// <summary>
/// A whole file was refused (unreadable, no recognisable header, a column twice…): nothing of it is imported.
/// The message is one plain sentence for the user.
/// </summary>
public sealed class FileRejectedException(string fileName, string reason) : Exception($"{fileName} : {reason}")
{
    public string FileName { get; } = fileName;

    public string Reason { get; } = reason;
}
