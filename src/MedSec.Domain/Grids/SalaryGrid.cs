namespace MedSec.Domain.Grids;

/// <summary>One cell of a designed grid: the full-time (35 h) monthly gross of a level at a seniority step.</summary>
/// <param name="Years">Seniority (ancienneté) from which the step applies.</param>
/// <param name="Target">The market target before the floor and monotonicity were enforced (null: no market figure).</param>
/// <param name="RaisedToFloor">True when the cell is the step's legal floor because the target fell below it.</param>
public sealed record GridStepPay(int Years, decimal MonthlyGross, decimal? Target, bool RaisedToFloor)
{
    /// <summary>The legal floor of the level at this step: the level's floor, raised by an agreement's add-ons for the step's years (IDCC 2264).</summary>
    public decimal? Floor { get; init; }
}

/// <summary>One level (niveau) of a designed grid, with its legal floor at the grid's date.</summary>
/// <param name="Level">1 = lowest.</param>
/// <param name="Position">The agreement level it takes (positionnement, coefficient), null without agreement.</param>
/// <param name="Floor">max(SMIC, agreement minimum) for 35 h at the date.</param>
/// <param name="FloorBinding"><c>smic</c> or <c>agreement</c>.</param>
public sealed record GridLevel(
    int Level,
    string Label,
    string? Position,
    IReadOnlyList<GridStepPay> Steps,
    decimal Floor,
    string FloorBinding,
    decimal? AgreementMinimum,
    decimal Smic);

/// <summary>The inputs of one grid level: label, agreement position, legal floor and multiplier of the market.</summary>
public sealed record GridLevelInput(
    int Level,
    string Label,
    string? Position,
    decimal Floor,
    string FloorBinding,
    decimal? AgreementMinimum,
    decimal Smic,
    decimal Multiplier,
    IReadOnlyList<SeniorityFloor>? SeniorityFloors = null);
