namespace MedSec.Data.JobAds;

/// <summary>One offer as read from a file, before any interpretation: its fields by dotted name (<see cref="JobAdFields"/>).</summary>
/// <param name="Line">Physical line of the input where the record starts (header = line 1 in the export; first line = 1 in JSON).</param>
/// <param name="Fields">Field values by name; empty values are left out.</param>
/// <param name="Raw">The record as written (UTF-8), for a rejects file.</param>
public sealed record JobAdSourceRecord(long Line, IReadOnlyDictionary<string, string> Fields, ReadOnlyMemory<byte> Raw)
{
    /// <summary>The trimmed value of a field, or null when absent or blank.</summary>
    public string? Get(string name) =>
        Fields.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
