using MedSec.Domain.Codes;

namespace MedSec.Domain.Careers;

/// <summary>
/// Where a year of a career leads: a role, or (for secretaries) the same role in another specialty. The code is the role
/// code, followed by <c>:specialty</c> for a change of specialty (<c>secretary:surgery</c>).
/// </summary>
public readonly record struct TransitionTarget(CareerRole Role, Specialty? Specialty = null)
{
    public string Code => Specialty is { } s ? $"{CareerRoles.Code(Role)}:{CodeBook.Specialties.ToCode(s)}" : CareerRoles.Code(Role);

    public override string ToString() => Code;

    public static bool TryParse(string? code, out TransitionTarget target)
    {
        target = default;
        if (string.IsNullOrWhiteSpace(code)) return false;
        var parts = code.Split(':');
        if (parts.Length > 2 || !CodeBook.Roles.TryParse(parts[0], out var role)) return false;
        if (parts.Length == 1)
        {
            target = new TransitionTarget(role);
            return true;
        }
        if (!CodeBook.Specialties.TryParse(parts[1], out var specialty)) return false;
        target = new TransitionTarget(role, specialty);
        return true;
    }
}
