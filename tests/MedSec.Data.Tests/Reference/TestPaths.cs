namespace MedSec.Data.Tests.Reference;

/// <summary>Where the tests find the reference data: the copy bundled in the test output, and the repo's fixtures.</summary>
internal static class TestPaths
{
    /// <summary>data/reference as MedSec.Data copies it into every referencing program's output.</summary>
    public static string BundledReference => Path.Combine(AppContext.BaseDirectory, "data", "reference");

    /// <summary>tests/MedSec.Data.Tests/Reference/Fixtures in the checkout the tests were built from.</summary>
    public static string Fixtures => Path.Combine(RepoRoot(), "tests", "MedSec.Data.Tests", "Reference", "Fixtures");

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "MedSec.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException($"No MedSec.sln above {AppContext.BaseDirectory}");
    }
}
