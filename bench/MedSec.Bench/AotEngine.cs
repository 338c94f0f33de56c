using System.Diagnostics;

namespace MedSec.Bench;

/// <summary>
/// Publishes MedSec.Bench.Aot (the MedSec engine compiled ahead of time) into <c>DIR/aot</c> for <see cref="Compare"/>.
/// An unchanged project republishes in seconds; a first publish takes about half a minute and needs clang or gcc.
/// </summary>
public static class AotEngine
{
    private const string Project = "bench/MedSec.Bench.Aot/MedSec.Bench.Aot.csproj";

    /// <summary>The published executable's path; throws with the publish's own output when it fails.</summary>
    public static string Publish(string directory)
    {
        var project = Locate() ?? throw new InvalidOperationException(
            $"{Project} not found above {Environment.CurrentDirectory}: run compare from the repository, or pass --no-aot.");
        var output = Path.GetFullPath(Path.Combine(directory, "aot"));
        Console.Error.WriteLine($"publishing the Native AOT engine into {output}…");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "publish", project, "-c", "Release", "-o", output, "--nologo", "-v", "quiet" })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException(
                $"publishing {Project} failed ({process.ExitCode}) (Native AOT needs clang or gcc: apt install clang). " +
                $"Pass --no-aot to compare without it.\n{stdout}{stderr.Result}");
        return Path.Combine(output, "MedSec.Bench.Aot");
    }

    private static string? Locate()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, Project);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
