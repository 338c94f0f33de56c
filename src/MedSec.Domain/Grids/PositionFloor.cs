namespace MedSec.Domain.Grids;

/// <summary>
/// An agreement position with the full-time legal floor it is owed at the grid's date: the higher of the SMIC and the
/// position's minimum (<c>IPayService.Floor</c>). Staff are held to their own position's floor, not to the floor of the
/// grid level they are placed on, which may be a lower position (a grid needs not hold every position).
/// </summary>
public sealed record PositionFloor(AgreementPosition Position, decimal Floor);
