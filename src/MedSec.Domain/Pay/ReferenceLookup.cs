using MedSec.Domain.Codes;
using MedSec.Domain.Reference;

namespace MedSec.Domain.Pay;

/// <summary>The figure of each reference table in force at a date (see <see cref="Validity"/>).</summary>
internal static class ReferenceLookup
{
    public static PointValue? PointValueAt(this ReferenceData data, DateOnly date) =>
        Validity.InForce(data.PointValues, date, p => p.ValidFrom, p => p.ValidTo);

    public static SmicRate? SmicAt(this ReferenceData data, DateOnly date, SmicTerritory territory) =>
        Validity.InForce(data.SmicSeries(territory), date, s => s.ValidFrom, s => s.ValidTo);

    /// <summary>The SMIC rows of a territory: each territory its own series, never another's in its place.</summary>
    public static IReadOnlyList<SmicRate> SmicSeries(this ReferenceData data, SmicTerritory territory) => territory switch
    {
        SmicTerritory.Mayotte => data.MayotteSmic,
        _ => data.Smic,
    };

    public static MinimumIndex? MinimumIndexAt(this ReferenceData data, DateOnly date) =>
        Validity.InForce(data.MinimumIndexes, date, m => m.ValidFrom, m => m.ValidTo);

    public static PublicSupplement? SupplementAt(this ReferenceData data, string code, DateOnly date) =>
        Validity.InForce(data.Supplements.Where(s => s.Code == code), date, s => s.ValidFrom, s => s.ValidTo);

    /// <summary>
    /// The grid of a grade in force at a date, ordered by échelon. A grid is replaced as a whole by a décret, so the
    /// version is chosen once (newest valid_from) and all its échelons are taken from it; empty when none is in force.
    /// </summary>
    public static IReadOnlyList<GridStep> GridAt(this ReferenceData data, GradeCode grade, DateOnly date)
    {
        var rows = data.Grids.Where(g => g.Grade == grade).ToList();
        var version = Validity.InForce(rows, date, g => g.ValidFrom, g => g.ValidTo);
        if (version is null) return [];
        return rows.Where(g => g.ValidFrom == version.ValidFrom && (g.ValidTo is not { } end || date <= end))
            .OrderBy(g => g.Echelon)
            .ToList();
    }

    /// <summary>
    /// The newest valid_from of any figure in the reference data: beyond it, every value is the last known one and
    /// may have changed since.
    /// </summary>
    public static DateOnly Horizon(this ReferenceData data) =>
        data.Grids.Select(g => g.ValidFrom)
            .Concat(data.PointValues.Select(p => p.ValidFrom))
            .Concat(data.MinimumIndexes.Select(m => m.ValidFrom))
            .Concat(data.Smic.Select(s => s.ValidFrom))
            .Concat(data.MayotteSmic.Select(s => s.ValidFrom))
            .Concat(data.AgreementMinima.Select(a => a.ValidFrom))
            .Concat(data.Supplements.Select(s => s.ValidFrom))
            .Concat(data.Contributions.Select(c => c.ValidFrom))
            .DefaultIfEmpty(DateOnly.MinValue)
            .Max();
}
