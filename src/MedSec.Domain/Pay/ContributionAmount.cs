namespace MedSec.Domain.Pay;

/// <summary>One employee contribution of a net computation (cotisation salariale): rate × base, rounded to the cent.</summary>
/// <param name="Item">Contribution code of contribution_rates.csv, e.g. <c>csg-deductible</c>.</param>
/// <param name="Base">Base code (see <see cref="ContributionBases"/>).</param>
/// <param name="BaseAmount">The base in euros the rate applied to.</param>
public sealed record ContributionAmount(string Item, string Base, decimal Rate, decimal BaseAmount, decimal Amount);
