using System.Text.Json;
using MedSec.Analytics.Imports;
using MedSec.Data.Store;

namespace MedSec.Web.Imports;

/// <summary>The import report kept with each stored import (written by the import service as web JSON).</summary>
public static class StoredReports
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static ImportReport? Read(ImportRecord record)
    {
        try
        {
            return JsonSerializer.Deserialize<ImportReport>(record.ReportJson, Json) is { } report
                ? report with { ImportId = record.Id, File = record.FileName }
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The stored import with this id, or null.</summary>
    public static ImportRecord? Find(IImportService imports, long id) => imports.Imports().FirstOrDefault(i => i.Id == id);
}
