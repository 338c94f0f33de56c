namespace MedSec.Data.Store;

/// <summary>The stored import, and whether it was already there (then nothing was written).</summary>
public sealed record SaveOutcome(ImportRecord Import, bool AlreadyImported);
