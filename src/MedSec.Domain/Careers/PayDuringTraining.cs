namespace MedSec.Domain.Careers;

/// <summary>What a learner earns during a training route.</summary>
public enum PayDuringTraining
{
    /// <summary>Nothing: the learner leaves the job (full-time course).</summary>
    None,
    /// <summary>The pay of the current role: training taken alongside the job.</summary>
    Current,
    /// <summary>The SMIC: a work-study contract (contrat de professionnalisation, 26 and over).</summary>
    Smic,
}
