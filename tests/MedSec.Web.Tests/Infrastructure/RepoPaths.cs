namespace MedSec.Web.Tests.Infrastructure;

/// <summary>Paths in the repository, found by walking up from the test binaries to MedSec.sln.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary><c>artifacts/screenshots</c> (git-ignored), created on first use.</summary>
    public static string Screenshots => Directory.CreateDirectory(Path.Combine(Root, "artifacts", "screenshots")).FullName;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MedSec.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"MedSec.sln not found above {AppContext.BaseDirectory}.");
    }
}
