using MedSec.Data.Store;

namespace MedSec.Data.Tests.Store;

/// <summary>A store in a fresh temporary folder, deleted afterwards.</summary>
public sealed class TempStore : IDisposable
{
    public TempStore()
    {
        Directory = Path.Combine(Path.GetTempPath(), "medsec-tests", Guid.NewGuid().ToString("N"));
        DatabasePath = Path.Combine(Directory, "medsec.db");
    }

    public string Directory { get; }

    public string DatabasePath { get; }

    public ObservationStore Open() => ObservationStore.Open(DatabasePath);

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
