namespace MedSec.Domain.Careers;

/// <summary>What a move asks for besides its years in the role (condition d'accès).</summary>
public enum MoveRequirement
{
    None,
    /// <summary>Years of experience only.</summary>
    Experience,
    /// <summary>A competitive examination (concours externe or interne).</summary>
    Concours,
    /// <summary>Grade promotion (avancement de grade: examen professionnel or tableau d'avancement).</summary>
    Promotion,
    /// <summary>A qualification obtained through a training route.</summary>
    Qualification,
}
