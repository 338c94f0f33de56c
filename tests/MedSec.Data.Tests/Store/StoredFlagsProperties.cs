using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedSec.Data.Frames;
using MedSec.Data.Ingestion;
using MedSec.Data.Store;
using MedSec.Data.Tests.Ingestion;
using MedSec.Domain.Observations;

namespace MedSec.Data.Tests.Store;

/// <summary>Whatever flags a row carries, alone or together, the store keeps them and their reasons. Fixed seed.</summary>
public class StoredFlagsProperties
{
    /// <summary>Every subset of the defined flags (none, each alone, all together).</summary>
    private static readonly ObservationFlags[] Combinations = Subsets();

    private static ObservationFlags[] Subsets()
    {
        var all = Enum.GetValues<ObservationFlags>().Aggregate(0, (a, f) => a | (int)f);
        return [.. Enumerable.Range(0, all + 1).Where(b => (b & ~all) == 0).Select(b => (ObservationFlags)b)];
    }

    [Property(MaxTest = 40, Replay = "(1609,5)")]
    public Property AnyCombinationOfFlagsRoundTripsThroughTheStore() =>
        Prop.ForAll(Arb.From(Gen.ListOf(
            from o in ObservationGen.Observation()
            from flags in Gen.Elements(Combinations)
            from reason in ObservationGen.Text()
            select new NormalisedObservation(o, 2, 1900m, false, flags, flags == ObservationFlags.None ? null : reason, new Dictionary<string, string>()))),
            rows =>
            {
                using var temp = new TempStore();
                using var store = temp.Open();
                var columns = ObservationColumns.From([.. rows]);
                store.Save(new ImportDraft("flags.csv", Guid.NewGuid().ToString("N"), "observations", DateTimeOffset.UnixEpoch,
                    rows.Count, rows.Count, 0, rows.Count(r => r.IsFlagged), "{}"), columns);

                Assert.Equal(rows.Select(r => (r.Flags, r.FlagReason)), store.LoadObservations().Rows.Select(r => (r.Flags, r.FlagReason)));
            });

    [Fact]
    public void ObservationFileRowBothUnderTheSmicAndAbsurdIsStoredWithBothFlags()
    {
        // 30 rows make the file its own reference: P90 = 100 €, so 400 € is both over 3 × P90 and under the SMIC.
        var rows = string.Concat(Enumerable.Repeat("2025-01-01;Privé;Bretagne;100\n", 29));
        var result = ObservationPipeline.Run("tiny.csv", System.Text.Encoding.UTF8.GetBytes($"Date;Secteur;Région;Salaire\n{rows}2025-01-01;Privé;Bretagne;400\n"),
            FakePayLookups.Instance, new ObservationPipelineOptions(new ObservationReaderOptions(Today: ObservationGen.Today)));
        using var temp = new TempStore();
        using var store = temp.Open();

        store.Save(new ImportDraft("tiny.csv", "sha", "observations", DateTimeOffset.UnixEpoch, result.Read, result.Accepted, result.Rejected,
            result.Flagged, "{}"), result.Observations);

        var last = store.LoadObservations().Rows.Last();
        Assert.Equal(ObservationFlags.BelowFloor | ObservationFlags.Absurd, last.Flags);
        Assert.Contains("sous le SMIC", last.FlagReason);
        Assert.Contains("P90", last.FlagReason);
        Assert.Equal("below-floor,absurd", ObservationFrame.From(result.Observations).ToLabelledDataFrame()["flags"][29]);
    }

    [Fact]
    public void EveryCombinationIsTried() =>
        Assert.Contains(ObservationFlags.BelowFloor | ObservationFlags.Absurd, Combinations);
}
