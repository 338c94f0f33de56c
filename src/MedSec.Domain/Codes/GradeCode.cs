namespace MedSec.Domain.Codes;

/// <summary>Grade of the fonction publique hospitalière (grade).</summary>
public enum GradeCode
{
    /// <summary>Assistant médico-administratif de classe normale (cat. B, 1er grade).</summary>
    AmaCn,
    /// <summary>Assistant médico-administratif de classe supérieure (cat. B, 2e grade).</summary>
    AmaCs,
    /// <summary>Assistant médico-administratif de classe exceptionnelle (cat. B, 3e grade).</summary>
    AmaCe,
    /// <summary>Adjoint administratif hospitalier (cat. C, échelle C1).</summary>
    AahC1,
    /// <summary>Adjoint administratif principal de 2e classe (cat. C, échelle C2).</summary>
    AahC2,
    /// <summary>Adjoint administratif principal de 1re classe (cat. C, échelle C3).</summary>
    AahC3,
}
