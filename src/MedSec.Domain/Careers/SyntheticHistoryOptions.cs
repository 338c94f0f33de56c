using MedSec.Domain.Codes;

namespace MedSec.Domain.Careers;

/// <summary>
/// The knobs of the synthetic career histories (data/sample/CAREERS.md explains each). Every weight is an assumption
/// except the public share of the start roles (≈ 34 700 FPH medical secretaries out of ≈ 123 000: RESEARCH.md §4).
/// </summary>
public sealed record SyntheticHistoryOptions
{
    public int Seed { get; init; } = 20261122;

    public int Persons { get; init; } = 2000;

    /// <summary>First observation year: uniform over this range, on 1 January.</summary>
    public int FirstYearFrom { get; init; } = 2012;

    public int FirstYearTo { get; init; } = 2018;

    /// <summary>Years observed after the first line (one line a year): uniform over this range.</summary>
    public int ObservedYearsFrom { get; init; } = 4;

    public int ObservedYearsTo { get; init; } = 12;

    /// <summary>Experience at the first line: uniform over 0 … this.</summary>
    public int MaxStartExperience { get; init; } = 20;

    /// <summary>From this experience on, every move is half as likely (late careers move less).</summary>
    public int LateCareerYears { get; init; } = 25;

    public double LateCareerFactor { get; init; } = 0.5;

    /// <summary>Start roles: public ≈ 28 % (34 700 / 123 000), the rest assumed.</summary>
    public IReadOnlyList<(CareerRole Role, double Weight)> StartRoles { get; init; } =
    [
        (CareerRole.Secretary, 0.52), (CareerRole.Telesecretary, 0.10), (CareerRole.TelesecretaryFreelance, 0.03),
        (CareerRole.AmaCn, 0.14), (CareerRole.AmaCs, 0.05), (CareerRole.AmaCe, 0.02),
        (CareerRole.AahC1, 0.04), (CareerRole.AahC2, 0.02), (CareerRole.AahC3, 0.01),
        (CareerRole.Coordinator, 0.03), (CareerRole.AdmissionsManager, 0.02), (CareerRole.Trainer, 0.01),
        (CareerRole.CareCoordinator, 0.01),
    ];

    public IReadOnlyList<(Specialty Specialty, double Weight)> Specialties { get; init; } =
    [
        (Specialty.General, 0.40), (Specialty.Cardiology, 0.10), (Specialty.Paediatrics, 0.08), (Specialty.Surgery, 0.10),
        (Specialty.Radiology, 0.10), (Specialty.Ophthalmology, 0.08), (Specialty.Gynaecology, 0.07), (Specialty.Other, 0.07),
    ];
}
