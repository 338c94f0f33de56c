namespace MedSec.Domain.Codes;

/// <summary>A role on a career path (métier / poste).</summary>
public enum CareerRole
{
    Secretary,
    AmaCn,
    AmaCs,
    AmaCe,
    AahC1,
    AahC2,
    AahC3,
    Telesecretary,
    TelesecretaryFreelance,
    Coordinator,
    AdmissionsManager,
    Trainer,
    CareCoordinator,
    ClinicManager,
}
