using MedSec.Domain.Codes;

namespace MedSec.Analytics.Careers;

/// <summary>
/// A career-paths question: from a role held for <paramref name="Experience"/> years (taken as years in that role and in the
/// occupation) in a région and specialty, the paths over <paramref name="Years"/> years from <paramref name="Start"/>.
/// </summary>
public sealed record PathsQuery(Region Region, int Experience, CareerRole Role, Specialty Specialty, int Years, DateOnly Start)
{
    /// <summary>True when no specialty was given and <c>general</c> was assumed.</summary>
    public bool SpecialtyAssumed { get; init; }

    /// <summary>True when the role was deduced from a sector.</summary>
    public bool RoleFromSector { get; init; }
}
