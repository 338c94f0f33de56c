using MedSec.Data.Ingestion;
using MedSec.Domain.Observations;

namespace MedSec.Data.Tests.Ingestion;

/// <summary>Rows written by several threads in ranges of one set of columns, then gathered.</summary>
public class ObservationColumnsTests
{
    /// <summary>Text columns that no row fills (département, job title, flag reason) are read back as empty everywhere.</summary>
    [Fact]
    public void TextColumnsNoRowFillsReadBackEmpty()
    {
        var result = CsvTextBuilder.French().Row("2025-03-01;Privé;84;2000;Mensuel;Brut;35;CDI").Row("2025-03-01;Privé;84;2100;Mensuel;Brut;35;CDI").Run();
        var columns = result.Observations;
        Assert.Equal(2, columns.Count);
        Assert.All(columns.Rows, r => Assert.Equal((null, null, null), (r.Observation.Departement, r.Observation.JobTitle, r.FlagReason)));

        var labelled = MedSec.Data.Frames.ObservationFrame.From(columns).ToLabelledDataFrame();
        Assert.Equal([null, null], labelled.Columns["departement"].Cast<string?>());
        Assert.Equal([null, null], labelled.Columns["job_title"].Cast<string?>());
        Assert.Equal(["test.csv", "test.csv"], labelled.Columns["source"].Cast<string?>());
    }

    [Fact]
    public void GatheringRangesWithGapsKeepsTheRowsInOrderAndLeavesNothingBehind()
    {
        var full = ObservationBuilder.Valid();
        var bare = full with { Departement = null, ExperienceYears = null, JobTitle = null, WeeklyHours = null };

        // Two "threads": the first wrote rows 0–1 of its range (room for 3), the second rows 3–4.
        var shared = new ObservationColumns(capacity: 5);
        Set(shared, 0, full, line: 2);
        Set(shared, 1, full, line: 3);
        Set(shared, 3, full, line: 4);
        Set(shared, 4, full, line: 5);
        shared.Gather([(0, 2), (3, 2)]);

        Assert.Equal([2, 3, 4, 5], shared.Rows.Select(r => r.Line));
        Assert.All(shared.Rows, r => Assert.Equal(full, r.Observation));

        // A row added after the gather takes the freed place without inheriting the moved row's optional values.
        shared.Add(new NormalisedObservation(bare, 6, 2150m, false, ObservationFlags.None, null, new Dictionary<string, string>()));
        Assert.Equal(5, shared.Count);
        Assert.Equal(bare, shared[4].Observation);
    }

    /// <summary>Rows added past the capacity grow every column, the sparse texts and the unknown columns included.</summary>
    [Fact]
    public void AddingPastTheCapacityKeepsEveryValueOfEveryRow()
    {
        var full = ObservationBuilder.Valid();
        Assert.NotNull(full.Departement);
        Assert.NotNull(full.JobTitle);
        var columns = new ObservationColumns(["Commentaire"], capacity: 4);
        var rows = Enumerable.Range(0, 11).Select(i => new NormalisedObservation(
            full with { PayAmount = 2000m + i }, i + 2, 2000m + i, i % 2 == 0, i == 3 ? ObservationFlags.BelowFloor : ObservationFlags.None,
            i == 3 ? "sous le SMIC" : null, new Dictionary<string, string> { ["Commentaire"] = $"ligne {i + 2}" })).ToList();
        foreach (var row in rows) columns.Add(row);

        Assert.Equal(rows.Count, columns.Count);
        Assert.Equal(rows.Select(r => (r.Observation, r.Line, r.MonthlyGross, r.ConvertedFromNet, r.Flags, r.FlagReason, r.Extra["Commentaire"])),
            columns.Rows.Select(r => (r.Observation, r.Line, r.MonthlyGross, r.ConvertedFromNet, r.Flags, r.FlagReason, r.Extra["Commentaire"])));
    }

    private static void Set(ObservationColumns columns, int at, Observation o, int line) =>
        columns.Set(at, columns.DraftOf(o, new Dictionary<string, string>()), line, new NormalisedPay(215_000, false, ObservationFlags.None, null));
}
