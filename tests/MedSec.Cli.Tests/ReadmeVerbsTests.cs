using System.CommandLine;
using MedSec.Analytics;

namespace MedSec.Cli.Tests;

/// <summary>
/// README.md's "Command line" is where a user learns what the tool does: it names every verb the tool has. It left out
/// <c>grid letter</c> (the EU pay-transparency information letter) and <c>payroll show</c>, which only --help revealed.
/// </summary>
public sealed class ReadmeVerbsTests
{
    [Fact]
    public void TheReadmeNamesEveryVerb()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        var root = CliApp.Build(new CliContext(TextWriter.Null, TextWriter.Null, MedSecServices.LoadDefault));

        var missing = Leaves(root, "").Where(verb => !readme.Contains(verb, StringComparison.Ordinal)).ToList();

        Assert.Empty(missing);
    }

    /// <summary>The full name of every command that runs (one without subcommands), e.g. "pay public", "train".</summary>
    private static IEnumerable<string> Leaves(Command command, string prefix) =>
        command.Subcommands.Count == 0
            ? [prefix]
            : command.Subcommands.SelectMany(c => Leaves(c, prefix.Length == 0 ? c.Name : $"{prefix} {c.Name}"));

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "MedSec.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException($"No MedSec.sln above {AppContext.BaseDirectory}");
    }
}
