using MedSec.Analytics.Imports;
using MedSec.Data.Store;

namespace MedSec.Web.Hosting;

/// <summary>The import service, telling the <see cref="MarketSnapshot"/> when the store's observations change.</summary>
public sealed class RefreshingImportService(IImportService inner, MarketSnapshot market) : IImportService
{
    public ImportReport Import(string path, ImportOptions? options = null) => Changed(inner.Import(path, options));

    public ImportReport Import(string fileName, ReadOnlyMemory<byte> content, ImportOptions? options = null) =>
        Changed(inner.Import(fileName, content, options));

    public IReadOnlyList<ImportRecord> Imports() => inner.Imports();

    public bool Delete(long importId)
    {
        var deleted = inner.Delete(importId);
        if (deleted) market.Invalidate();
        return deleted;
    }

    private ImportReport Changed(ImportReport report)
    {
        if (!report.AlreadyImported) market.Invalidate();
        return report;
    }
}
