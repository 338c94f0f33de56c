namespace MedSec.Analytics.Imports;

/// <summary>How to import a file.</summary>
/// <param name="RejectsPath">Where to write the rejected records, in the input's own format (header only when none).</param>
/// <param name="Progress">Called now and then while reading and storing.</param>
public sealed record ImportOptions(
    ImportFormat Format = ImportFormat.Auto,
    string? RejectsPath = null,
    Action<ImportProgress>? Progress = null);
