namespace MedSec.Domain.Codes;

/// <summary>Convention collective (IDCC) that sets private minima.</summary>
public enum Agreement
{
    /// <summary>IDCC 1147, personnel des cabinets médicaux.</summary>
    Idcc1147,
    /// <summary>IDCC 2264, hospitalisation privée (FHP).</summary>
    Idcc2264,
    /// <summary>IDCC 29 (0029), CCN 51 FEHAP.</summary>
    Idcc29,
    /// <summary>IDCC 2098, prestataires de services du secteur tertiaire (télésecrétariat).</summary>
    Idcc2098,
}
