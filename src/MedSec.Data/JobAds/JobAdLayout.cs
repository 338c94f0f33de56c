namespace MedSec.Data.JobAds;

/// <summary>The shapes in which France Travail offers come.</summary>
public enum JobAdLayout
{
    /// <summary>The search response of the API: <c>{"resultats": [offer, …], "filtresPossibles": …}</c> (or a bare array of offers).</summary>
    JsonResults,
    /// <summary>One offer object per line (JSON Lines), as a collector appends them.</summary>
    JsonLines,
    /// <summary>The pipe-separated export: one column per dotted field, a header row, multi-line quoted descriptions.</summary>
    PipeSeparated,
}
