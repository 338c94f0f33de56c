namespace MedSec.Data.Ingestion;

/// <summary>Why a valid record could not be normalised, and the column to name: a net the rules cannot convert at its date
/// (Brut/Net), or an amount worth less than a cent a month at full time (the salary).</summary>
internal readonly record struct NormalisationFault(ObservationField Field, string Reason);
