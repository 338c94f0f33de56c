using MedSec.Data.Store;

namespace MedSec.Analytics.Imports;

/// <summary>Imports user files into the local store (used by <c>medsec ingest</c> and the web upload).</summary>
public interface IImportService
{
    /// <summary>Imports a file from disk. Throws <see cref="MedSec.Domain.MedSecInputException"/> when the file is refused whole.</summary>
    ImportReport Import(string path, ImportOptions? options = null);

    /// <summary>Imports a file held in memory (an upload).</summary>
    ImportReport Import(string fileName, ReadOnlyMemory<byte> content, ImportOptions? options = null);

    IReadOnlyList<ImportRecord> Imports();

    /// <summary>Deletes an import and its rows; false when there is none with that id.</summary>
    bool Delete(long importId);
}
