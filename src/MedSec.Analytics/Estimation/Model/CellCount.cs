namespace MedSec.Analytics.Estimation.Model;

/// <summary>Observations in one cell: sector × region × employer × experience band.</summary>
public sealed record CellCount(string Sector, string Region, string Employer, string ExperienceBand, int Count);
