using MedSec.Data.Ingestion;
using MedSec.Data.Payroll;
using MedSec.Data.Store;
using MedSec.Data.Tests.Ingestion;
using MedSec.Data.Tests.Store;
using MedSec.Domain.Observations;

namespace MedSec.Data.Tests.Payroll;

public sealed class PayrollStoreTests : IDisposable
{
    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    private static readonly PayrollRecord[] Rows =
    [
        new(2, "A001", Gender.Female, "Secrétaire médicale", "7", new DateOnly(2019, 9, 1), 1m, 2150.00m, 1200.00m),
        new(3, "A002", Gender.Male, "Secrétaire; accueil", null, null, 0.8m, 1720.125m, 0m),
        new(5, "A003", null, "Coordinatrice\r\ndu secrétariat", "12", new DateOnly(2015, 1, 5), 0.6667m, 1250.50m, 600m),
    ];

    private static ImportDraft Draft(string sha, long accepted = 3) =>
        new("paie.csv", sha, "payroll", new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero), accepted, accepted, 0, 0, "{}");

    [Fact]
    public void SavedPayrollReadsBackExactly()
    {
        using var store = PayrollStore.Open(_temp.DatabasePath);

        var outcome = store.Save(Draft("aa"), Rows);

        Assert.False(outcome.AlreadyImported);
        Assert.Equal("payroll", outcome.Import.Format);
        Assert.Equal(Rows, store.Rows(outcome.Import.Id));
        Assert.Equal([outcome.Import.Id], store.Imports().Select(i => i.Id));
    }

    [Fact]
    public void AnFteFromWeeklyHoursIsStoredWithAllItsDigits()
    {
        using var store = PayrollStore.Open(_temp.DatabasePath);
        PayrollRecord[] rows = [new(2, "P22", Gender.Female, null, null, null, 22m / 35m, 1173.56m, 0m)];

        var stored = Assert.Single(store.Rows(store.Save(Draft("bb", 1), rows).Import.Id));

        Assert.Equal(rows[0], stored);
        Assert.Equal(1867.03m, stored.FullTimeMonthlyBase);
    }

    [Fact]
    public void SameFileIsStoredOnce()
    {
        using var store = PayrollStore.Open(_temp.DatabasePath);
        var first = store.Save(Draft("bb"), Rows);

        var again = store.Save(Draft("bb"), Rows);

        Assert.True(again.AlreadyImported);
        Assert.Equal(first.Import.Id, again.Import.Id);
        Assert.Equal(3, store.RowCount());
    }

    [Fact]
    public void DeleteRemovesTheImportAndEveryRow()
    {
        using var store = PayrollStore.Open(_temp.DatabasePath);
        var kept = store.Save(Draft("c1"), Rows).Import;
        var gone = store.Save(Draft("c2"), Rows).Import;

        Assert.True(store.Delete(gone.Id));

        Assert.Empty(store.Rows(gone.Id));
        Assert.Equal([kept.Id], store.Imports().Select(i => i.Id));
        Assert.Equal(3, store.RowCount());
        Assert.False(store.Delete(gone.Id));
        // The next payroll gets a new number: links to the deleted one's letters must not open another file's staff.
        Assert.True(store.Save(Draft("c3"), Rows).Import.Id > gone.Id);
    }

    [Fact]
    public void PayrollNeverEntersTheMarketObservationsAndCannotDeleteThem()
    {
        var market = ObservationColumns.From([new NormalisedObservation(ObservationBuilder.Valid(), 2, 2150m, false, ObservationFlags.None, null,
            new Dictionary<string, string>())]);
        long marketId;
        using (var observations = _temp.Open())
            marketId = observations.Save(Draft("m1", 1) with { Format = "observations" }, market).Import.Id;

        using (var payroll = PayrollStore.Open(_temp.DatabasePath))
        {
            payroll.Save(Draft("p1"), Rows);
            Assert.False(payroll.Delete(marketId));
            Assert.Null(payroll.FindImport(marketId));
        }

        using var store = _temp.Open();
        Assert.Equal(1, store.ObservationCount());
        Assert.Equal([2150m], store.LoadObservations().Rows.Select(r => r.MonthlyGross));
        Assert.Equal(2, store.Imports().Count);
    }

    [Fact]
    public void DeletingThePayrollImportThroughTheStoreAlsoDeletesItsRows()
    {
        long id;
        using (var payroll = PayrollStore.Open(_temp.DatabasePath)) id = payroll.Save(Draft("d1"), Rows).Import.Id;

        using (var store = _temp.Open()) Assert.True(store.DeleteImport(id));

        using var again = PayrollStore.Open(_temp.DatabasePath);
        Assert.Equal(0, again.RowCount());
    }
}
