namespace MedSec.Web.Components.Methodology;

/// <summary>What every reference row has in common: its first day, status and source.</summary>
public readonly record struct ReferenceRowInfo(DateOnly ValidFrom, string Status, string Source);
