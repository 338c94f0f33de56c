using MedSec.Data.Ingestion;
using MedSec.Data.Store;
using MedSec.Data.Tests.Ingestion;

namespace MedSec.Data.Tests.Store;

public class ObservationStoreTests
{
    private static ObservationIngestResult FrenchFixture() => Fixture.Run("observations-fr-1252.csv");

    private static ImportDraft Draft(ObservationIngestResult result, string sha = "abc123") => new(
        result.FileName, sha, "observations", new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero),
        result.Read, result.Accepted, result.Rejected, result.Flagged, "{}");

    [Fact]
    public void SavedObservationsReadBackExactlyWithTheirProvenance()
    {
        using var temp = new TempStore();
        var result = FrenchFixture();
        using (var store = temp.Open())
        {
            var outcome = store.Save(Draft(result), result.Observations);
            Assert.False(outcome.AlreadyImported);
        }

        using var reopened = temp.Open();
        var import = Assert.Single(reopened.Imports());
        Assert.Equal("observations-fr-1252.csv", import.FileName);
        Assert.Equal("abc123", import.Sha256);
        Assert.Equal((6L, 6L, 0L), (import.Read, import.Accepted, import.Rejected));
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero), import.ImportedAt);
        var stored = reopened.LoadObservations();
        Assert.Equal(result.Observations.Rows.Select(r => (r.Observation, r.Line, r.MonthlyGross, r.ConvertedFromNet, r.Flags, r.FlagReason)),
            stored.Rows.Select(r => (r.Observation, r.Line, r.MonthlyGross, r.ConvertedFromNet, r.Flags, r.FlagReason)));
        Assert.Equal("Équipe du bloc\r\nopératoire, service « ambulatoire »", stored[1].Extra["Commentaire"]);
    }

    [Fact]
    public void TheSameFileIsStoredOnce()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        var result = FrenchFixture();

        var first = store.Save(Draft(result), result.Observations);
        var second = store.Save(Draft(result) with { FileName = "renamed.csv" }, result.Observations);

        Assert.False(first.AlreadyImported);
        Assert.True(second.AlreadyImported);
        Assert.Equal(first.Import, second.Import);
        Assert.Single(store.Imports());
        Assert.Equal(6, store.ObservationCount());
    }

    [Fact]
    public void ACrashMidImportStoresNothing()
    {
        using var temp = new TempStore();
        var result = FrenchFixture();
        using (var store = temp.Open())
        {
            var crash = Assert.Throws<IOException>(() => store.Save(Draft(result), result.Observations, afterRow: row =>
            {
                if (row == 3) throw new IOException("disk unplugged");
            }));
            Assert.Equal("disk unplugged", crash.Message);
            Assert.Empty(store.Imports());
            Assert.Equal(0, store.ObservationCount());
        }

        using var reopened = temp.Open();
        Assert.Empty(reopened.Imports());
        Assert.Equal(0, reopened.ObservationCount());
        Assert.False(reopened.Save(Draft(result), result.Observations).AlreadyImported);
        Assert.Equal(6, reopened.ObservationCount());
    }

    [Fact]
    public void DeletingAnImportRemovesItsObservations()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        var result = FrenchFixture();
        var kept = store.Save(Draft(result, "one"), result.Observations).Import;
        var deleted = store.Save(Draft(result, "two"), result.Observations).Import;

        Assert.True(store.DeleteImport(deleted.Id));
        Assert.False(store.DeleteImport(deleted.Id));
        Assert.Equal([kept], store.Imports());
        Assert.Equal(6, store.ObservationCount());
        Assert.Equal(6, store.LoadObservations(kept.Id).Count);
    }

    [Fact]
    public void ADeletedImportsNumberIsNeverGivenAgainEvenAfterAReopen()
    {
        using var temp = new TempStore();
        var result = FrenchFixture();
        long deletedId;
        using (var store = temp.Open())
        {
            store.Save(Draft(result, "one"), result.Observations);
            deletedId = store.Save(Draft(result, "two"), result.Observations).Import.Id;
            Assert.True(store.DeleteImport(deletedId));
        }

        using var reopened = temp.Open();
        var next = reopened.Save(Draft(result, "three"), result.Observations).Import;

        Assert.Equal(deletedId + 1, next.Id);
        Assert.Null(reopened.Imports().SingleOrDefault(i => i.Id == deletedId));
    }

    [Fact]
    public void TheDefaultStoreLivesUnderMedsecHome()
    {
        var previous = Environment.GetEnvironmentVariable(StoreLocation.HomeVariable);
        try
        {
            Environment.SetEnvironmentVariable(StoreLocation.HomeVariable, "/tmp/some-home");
            Assert.Equal("/tmp/some-home/medsec.db", StoreLocation.DefaultDatabasePath());
            Environment.SetEnvironmentVariable(StoreLocation.HomeVariable, null);
            Assert.EndsWith("/.medsec/medsec.db", StoreLocation.DefaultDatabasePath());
        }
        finally
        {
            Environment.SetEnvironmentVariable(StoreLocation.HomeVariable, previous);
        }
    }
}
