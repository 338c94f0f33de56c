using MedSec.Domain.Codes;

namespace MedSec.Analytics.Estimation.Model;

/// <summary>How values become <see cref="PayFeatureRow"/> fields: the codes of DESIGN.md, <c>unknown</c> for a missing one.</summary>
internal static class FeatureEncoding
{
    public const string Unknown = "unknown";

    /// <summary>Experience above this is treated as this (a few observations give a whole career and more).</summary>
    public const float MaximumExperience = 45f;

    public static PayFeatureRow Row(ModelRow row) => Fill(new PayFeatureRow(), row.Sector, row.Employer, row.Size, row.Region,
        row.Specialty, row.Contract, row.ExperienceYears);

    public static PayFeatureRow Fill(PayFeatureRow target, ResolvedProfile p) =>
        Fill(target, p.Sector, p.Employer, p.Size, p.Region, p.Specialty, p.Contract, p.ExperienceYears);

    public static PayFeatureRow Fill(PayFeatureRow target, Sector sector, EmployerType? employer, SizeBand? size, Region region,
        Specialty? specialty, ContractType? contract, decimal? experience)
    {
        target.Sector = CodeBook.Sectors.ToCode(sector);
        target.Employer = employer is { } e ? CodeBook.Employers.ToCode(e) : Unknown;
        target.Size = size is { } s ? CodeBook.Sizes.ToCode(s) : Unknown;
        target.Region = region.Code;
        target.Specialty = specialty is { } sp ? CodeBook.Specialties.ToCode(sp) : Unknown;
        target.Contract = contract is { } c ? CodeBook.Contracts.ToCode(c) : Unknown;
        target.Experience = Experience(experience);
        return target;
    }

    public static float Experience(decimal? years) =>
        years is { } y ? Math.Min((float)y, MaximumExperience) : float.NaN;
}
