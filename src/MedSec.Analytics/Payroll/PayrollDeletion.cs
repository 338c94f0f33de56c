namespace MedSec.Analytics.Payroll;

/// <summary>What <c>payroll delete</c> did: the import, whether it existed and was deleted, and how many employees went with it.</summary>
public sealed record PayrollDeletion(long ImportId, bool Deleted, string? File, long Rows);
