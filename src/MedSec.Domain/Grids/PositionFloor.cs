namespace MedSec.Domain.Grids;

/// <summary>
/// An agreement position with the full-time legal floors it is owed at the grid's date: the higher of the SMIC and the
/// position's minimum (<c>IPayService.Floor</c>), from each number of years at which the agreement's add-ons change
/// (IDCC 2264's ECR expérience and ancienneté; one step at 0 years for the agreements without add-ons). Staff are held to
/// their own position's floor at their seniority, not to the floor of the grid level they are placed on, which may be a
/// lower position (a grid needs not hold every position).
/// </summary>
/// <param name="Floors">Ascending years, the first at 0.</param>
public sealed record PositionFloor(AgreementPosition Position, IReadOnlyList<SeniorityFloor> Floors)
{
    /// <summary>The floor after <paramref name="years"/> completed years: that of the last step reached.</summary>
    public decimal At(int years) => SeniorityFloor.At(Floors, years);
}

/// <summary>A full-time legal floor from <paramref name="Years"/> of seniority on.</summary>
public sealed record SeniorityFloor(int Years, decimal Floor)
{
    /// <summary>The floor of the last of <paramref name="floors"/> (ascending years) reached after <paramref name="years"/>.</summary>
    public static decimal At(IReadOnlyList<SeniorityFloor> floors, int years) =>
        floors.LastOrDefault(f => f.Years <= years)?.Floor ?? floors[0].Floor;
}
