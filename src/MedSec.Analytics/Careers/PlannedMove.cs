using MedSec.Domain.Careers;

namespace MedSec.Analytics.Careers;

/// <summary>
/// A move placed on a path: the old pay stops at <paramref name="StartMonth"/> (months from the path's start), the training
/// route (if any) fills the months up to <paramref name="PayMonth"/>, when the new role starts paying.
/// <paramref name="Probability"/> is the chance the move is made within the horizon.
/// </summary>
public sealed record PlannedMove(CareerMove Move, TrainingRoute? Route, int StartMonth, int PayMonth, double Probability)
{
    public int TrainingMonths => PayMonth - StartMonth;
}
