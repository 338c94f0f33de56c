namespace MedSec.Domain.Careers;

/// <summary>A rate or parameter of careers.csv with its validity (valid_to inclusive; null = still in force).</summary>
public sealed record DatedValue(
    string Kind,
    string Code,
    string Label,
    decimal Value,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    string Status,
    string Source)
{
    public bool InForceAt(DateOnly date) => (ValidFrom is not { } from || from <= date) && (ValidTo is not { } to || date <= to);
}
