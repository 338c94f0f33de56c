using MedSec.Domain.Observations;

namespace MedSec.Data.JobAds;

/// <summary>
/// What a France Travail <c>salaire.libelle</c> says, as written: "Mensuel de 1600.0 Euros à 1800.0 Euros sur 12.0 mois" is
/// monthly, 1600–1800 €, 12 months. A single amount has <see cref="Min"/> = <see cref="Max"/>.
/// </summary>
/// <param name="Basis">Horaire, Mensuel or Annuel.</param>
/// <param name="MonthsStated">The "sur N mois" figure, or null when the text has none.</param>
public sealed record SalaryStatement(PayBasis Basis, decimal Min, decimal Max, decimal? MonthsStated);
