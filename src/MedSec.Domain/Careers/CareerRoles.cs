using MedSec.Domain.Codes;

namespace MedSec.Domain.Careers;

/// <summary>What each career role code means for pay: its public grade, its sector, and the role a sector starts from.</summary>
public static class CareerRoles
{
    public static string Code(CareerRole role) => CodeBook.Roles.ToCode(role);

    /// <summary>The public grade of a role (<c>AMA-CN</c> … <c>AAH-C3</c>), null for the other roles.</summary>
    public static GradeCode? Grade(CareerRole role) => role switch
    {
        CareerRole.AmaCn => GradeCode.AmaCn,
        CareerRole.AmaCs => GradeCode.AmaCs,
        CareerRole.AmaCe => GradeCode.AmaCe,
        CareerRole.AahC1 => GradeCode.AahC1,
        CareerRole.AahC2 => GradeCode.AahC2,
        CareerRole.AahC3 => GradeCode.AahC3,
        _ => null,
    };

    public static bool IsPublic(CareerRole role) => Grade(role) is not null;

    /// <summary>The role a path starts from when only a sector is given: the usual medical-secretary post of that sector.</summary>
    public static CareerRole ForSector(Sector sector) => sector switch
    {
        Sector.Public => CareerRole.AmaCn,
        Sector.Remote => CareerRole.Telesecretary,
        _ => CareerRole.Secretary,
    };
}
