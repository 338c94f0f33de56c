namespace MedSec.Data.Ingestion;

/// <summary>An accepted record that was flagged (below the legal floor, or absurd), with the reason.</summary>
/// <param name="Line">Physical line of the input where the record starts (header = line 1).</param>
/// <param name="Column">The header name of the pay column.</param>
public sealed record FlaggedRecord(long Line, string Column, string Reason);
