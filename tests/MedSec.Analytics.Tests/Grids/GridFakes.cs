using MedSec.Analytics.Grids;
using MedSec.Domain.Observations;
using MedSec.Domain.Transparency;

namespace MedSec.Analytics.Tests.Grids;

/// <summary>A market that answers every step from a function of its first year of experience.</summary>
public sealed class StubMarket(Func<MarketLevelQuery, decimal?> value, bool synthetic = false) : IMarketLevels
{
    public List<MarketLevelQuery> Queries { get; } = [];

    public MarketLevel Level(MarketLevelQuery query)
    {
        lock (Queries) Queries.Add(query);
        return value(query) is { } v
            ? new MarketLevel(v, v * 0.9m, v * 1.1m, 40, MarketLevel.RegionEmployer, synthetic ? 40 : 0)
            : new MarketLevel(null, null, null, 2, MarketLevel.None, 0);
    }

    /// <summary>2 000 € at entry, +1.5 % a year of experience.</summary>
    public static StubMarket Rising() => new(q => Math.Round(2000m * (1m + 0.015m * q.MinYears), 2));
}

/// <summary>Payrolls held in memory (no store).</summary>
public sealed class MemoryPayrollBook : IPayrollBook
{
    private readonly Dictionary<long, (string File, IReadOnlyList<EmployeePay> Rows)> _imports = [];

    public long Add(string file, IReadOnlyList<EmployeePay> rows)
    {
        var id = _imports.Count + 1L;
        _imports[id] = (file, rows);
        return id;
    }

    public PayrollImportResult Import(string fileName, ReadOnlyMemory<byte> content) => throw new NotSupportedException();

    public IReadOnlyList<PayrollImportInfo> Imports() =>
        [.. _imports.Select(i => new PayrollImportInfo(i.Key, i.Value.File, DateTimeOffset.UnixEpoch, i.Value.Rows.Count, 0))];

    public IReadOnlyList<EmployeePay>? Employees(long importId) => _imports.TryGetValue(importId, out var i) ? i.Rows : null;

    public bool Delete(long importId) => _imports.Remove(importId);
}

/// <summary>Payroll rows for the tests.</summary>
public static class Payrolls
{
    public static EmployeePay Employee(string id, Gender? gender, string? level, decimal baseMonthly, decimal fte = 1m, decimal bonuses = 0m, DateOnly? hired = null) =>
        new(id, gender, "Secrétaire médicale", level, hired, fte, baseMonthly, bonuses);

    /// <summary>
    /// A clinic whose secretaries of positionnement 6 are paid 6 % less when they are women (each woman 0.94 × a man's
    /// pay), positionnement 7 at equal pay, and two coordinators (positionnement 9), too few to be shown.
    /// </summary>
    public static IReadOnlyList<EmployeePay> KnownGap()
    {
        decimal[] men6 = [1950m, 2000m, 2050m, 2100m];
        decimal[] pay7 = [2100m, 2150m, 2200m];
        var hired = new DateOnly(2020, 9, 1);
        return
        [
            .. men6.Select((p, i) => Employee($"H6-{i}", Gender.Male, "6", p, hired: hired)),
            .. men6.Select((p, i) => Employee($"F6-{i}", Gender.Female, "6", Math.Round(p * 0.94m, 2), hired: hired)),
            .. pay7.Select((p, i) => Employee($"H7-{i}", Gender.Male, "7", p, bonuses: 500m, hired: hired)),
            .. pay7.Reverse().Select((p, i) => Employee($"F7-{i}", Gender.Female, "7", p, bonuses: 500m, hired: hired)),
            Employee("H9", Gender.Male, "9", 2600m, hired: hired),
            Employee("F9", Gender.Female, "9", 2300m, hired: hired),
        ];
    }
}
