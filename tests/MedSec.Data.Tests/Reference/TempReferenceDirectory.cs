namespace MedSec.Data.Tests.Reference;

/// <summary>A throw-away copy of the bundled data/ folder (with its reference/ tables) that a test may break.</summary>
internal sealed class TempReferenceDirectory : IDisposable
{
    public TempReferenceDirectory()
    {
        Root = Path.Combine(Path.GetTempPath(), "medsec-ref-" + Guid.NewGuid().ToString("N"));
        Reference = Path.Combine(Root, "reference");
        Directory.CreateDirectory(Reference);
        foreach (var file in Directory.EnumerateFiles(TestPaths.BundledReference))
            File.Copy(file, Path.Combine(Reference, Path.GetFileName(file)));
    }

    /// <summary>The data folder (what MEDSEC_DATA points to).</summary>
    public string Root { get; }

    /// <summary>Root/reference, holding the tables.</summary>
    public string Reference { get; }

    public void Write(string fileName, string content) =>
        File.WriteAllText(Path.Combine(Reference, fileName), content.ReplaceLineEndings("\n"));

    public void Delete(string fileName) => File.Delete(Path.Combine(Reference, fileName));

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
