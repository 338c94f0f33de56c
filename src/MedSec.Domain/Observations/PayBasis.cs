namespace MedSec.Domain.Observations;

/// <summary>The period a pay amount is quoted for (base de rémunération: horaire, mensuelle, annuelle).</summary>
public enum PayBasis
{
    /// <summary>Per hour (taux horaire).</summary>
    Hourly,
    /// <summary>Per month (salaire mensuel), paid <see cref="Observation.MonthsPaid"/> times a year.</summary>
    Monthly,
    /// <summary>Per year (salaire annuel), all months and bonuses included.</summary>
    Annual,
}
