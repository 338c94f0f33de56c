namespace MedSec.Analytics.Sample;

/// <summary>
/// One line of the sample's calibration table: a published target (a value with its tolerance, or a range), the value the
/// sample gives, and the gap (0 inside the range, else the distance to the nearest bound).
/// </summary>
/// <param name="Measure">What is measured, in French as the product shows it, e.g. "privé P50 (net 1 908,60 €)".</param>
/// <param name="Target">The target value (the middle of a range).</param>
/// <param name="Low">The lowest value accepted.</param>
/// <param name="High">The highest value accepted (<see cref="decimal.MaxValue"/> for "at least").</param>
/// <param name="Binding">True for the targets the sample must meet (PCS 542A P10–P90, floors); false for context checks.</param>
public sealed record CalibrationRow(string Measure, decimal Target, decimal Low, decimal High, decimal Generated, bool Binding, string Source)
{
    public bool Within => Generated >= Low && Generated <= High;

    /// <summary>Generated − target for a point target; for a range, 0 inside and the distance to the nearest bound outside.</summary>
    public decimal Gap => IsPoint ? Generated - Target
        : Generated < Low ? Generated - Low : Generated > High ? Generated - High : 0m;

    /// <summary><see cref="Gap"/> as a percentage of the target (or of the bound it is measured from), one decimal.</summary>
    public decimal GapPercent
    {
        get
        {
            var reference = IsPoint ? Target : Generated < Low ? Low : Generated > High ? High : Target;
            return reference == 0m ? 0m : Math.Round(100m * Gap / reference, 1, MidpointRounding.AwayFromZero);
        }
    }

    /// <summary>True for a point target with a tolerance (Low and High symmetric around it), false for a published range.</summary>
    public bool IsPoint { get; init; } = true;
}
