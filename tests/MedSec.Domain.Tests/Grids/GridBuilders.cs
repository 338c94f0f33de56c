using MedSec.Domain.Grids;
using MedSec.Domain.Observations;
using MedSec.Domain.Transparency;

namespace MedSec.Domain.Tests.Grids;

/// <summary>Small grids and payrolls for the grid and transparency tests.</summary>
public static class GridBuilders
{
    /// <summary>A level input without agreement: SMIC floor, multiplier 1.</summary>
    public static GridLevelInput Level(int level, decimal floor, decimal multiplier = 1m, string? position = null, string binding = "smic") =>
        new(level, $"Niveau {level}", position, floor, binding, null, floor, multiplier);

    /// <summary>A grid whose level l, step s pays <c>base + 100 × l + 10 × s</c>, with a floor of <c>base</c>.</summary>
    public static IReadOnlyList<GridLevel> Grid(int levels, IReadOnlyList<int> years, decimal @base = 2000m, IReadOnlyList<string>? positions = null) =>
        [.. Enumerable.Range(1, levels).Select(l => new GridLevel(
            l, $"Niveau {l}", positions?[l - 1],
            [.. years.Select((y, s) => new GridStepPay(y, @base + 100m * l + 10m * s, null, false))],
            @base, "smic", null, @base))];

    public static EmployeePay Employee(
        string id, Gender? gender, string? level, decimal baseMonthly, decimal fte = 1m, decimal bonuses = 0m, DateOnly? hired = null, string? title = "Secrétaire médicale") =>
        new(id, gender, title, level, hired, fte, baseMonthly, bonuses);

    /// <summary>The median of a list of equal values (the tests' groups are uniform so that no percentile code is needed here).</summary>
    public static decimal UniformMedian(IReadOnlyList<decimal> values) => values.Distinct().Single();
}
