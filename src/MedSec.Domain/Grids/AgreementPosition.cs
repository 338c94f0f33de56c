namespace MedSec.Domain.Grids;

/// <summary>A level of a collective agreement a medical secretary may hold (positionnement, coefficient, niveau).</summary>
/// <param name="Level">The agreement's own level code, as in agreement_minima.csv.</param>
/// <param name="Label">French label shown in the grid.</param>
public sealed record AgreementPosition(string Level, string Label);
