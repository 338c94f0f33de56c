using MedSec.Domain.Reference;

namespace MedSec.Data.Tests.Reference;

/// <summary>
/// Per key, validity periods follow one another without gap or overlap: valid_to + 1 day = the next valid_from,
/// and only the newest period is open.
/// </summary>
public sealed class ValidityPeriodTests(BundledDataFixture fixture) : IClassFixture<BundledDataFixture>
{
    private sealed record Period(string Key, DateOnly From, DateOnly? To);

    [Theory]
    [InlineData("fph_grids")]
    [InlineData("point_indice")]
    [InlineData("minimum_traitement")]
    [InlineData("smic")]
    [InlineData("smic_mayotte")]
    [InlineData("agreement_minima")]
    [InlineData("fph_supplements")]
    [InlineData("contribution_rates")]
    [InlineData("pss")]
    public void PeriodsOfEachKeyAreContiguousAndDoNotOverlap(string table)
    {
        var periods = Periods(fixture.Data, table);
        Assert.NotEmpty(periods);

        foreach (var series in periods.GroupBy(p => p.Key))
        {
            var ordered = series.OrderBy(p => p.From).ToList();
            for (var i = 0; i + 1 < ordered.Count; i++)
            {
                var (current, next) = (ordered[i], ordered[i + 1]);
                Assert.True(current.To is { } end && end.AddDays(1) == next.From,
                    $"{table} {series.Key}: {current.From:yyyy-MM-dd}..{current.To:yyyy-MM-dd} then {next.From:yyyy-MM-dd}");
            }
            Assert.True(ordered[^1].To is null, $"{table} {series.Key}: the newest period should be open");
        }
    }

    private static List<Period> Periods(ReferenceData data, string table) => table switch
    {
        "fph_grids" => [.. data.Grids.Select(g => new Period($"{g.Grade}/{g.Echelon}", g.ValidFrom, g.ValidTo))],
        "point_indice" => [.. data.PointValues.Select(p => new Period("", p.ValidFrom, p.ValidTo))],
        "minimum_traitement" => [.. data.MinimumIndexes.Select(m => new Period("", m.ValidFrom, m.ValidTo))],
        "smic" => [.. data.Smic.Select(s => new Period("", s.ValidFrom, s.ValidTo))],
        "smic_mayotte" => [.. data.MayotteSmic.Select(s => new Period("", s.ValidFrom, s.ValidTo))],
        "agreement_minima" => [.. data.AgreementMinima.Select(m => new Period($"{m.Agreement}/{m.LevelType}/{m.Level}", m.ValidFrom, m.ValidTo))],
        "fph_supplements" => [.. data.Supplements.Select(s => new Period(s.Code, s.ValidFrom, s.ValidTo))],
        "contribution_rates" => [.. data.Contributions.Select(c => new Period($"{c.Regime}/{c.Item}", c.ValidFrom, c.ValidTo))],
        "pss" => [.. data.SocialSecurityCeilings.Select(p => new Period("", p.ValidFrom, p.ValidTo))],
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, null),
    };
}
