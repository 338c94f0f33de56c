using System.Text.Json;
using MedSec.Analytics;

namespace MedSec.Cli.Tests;

/// <summary>What one in-process run of <c>medsec</c> printed and returned.</summary>
public sealed record CliRun(int ExitCode, string Out, string Err)
{
    public string[] ErrLines => Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Parses stdout as one JSON document (throws if anything else is printed around it).</summary>
    public JsonElement Json()
    {
        using var document = JsonDocument.Parse(Out);
        return document.RootElement.Clone();
    }
}

/// <summary>Runs <see cref="CliApp"/> in-process with string writers.</summary>
public static class CliRunner
{
    public static CliRun Run(params string[] args) => Run(null, args);

    public static CliRun Run(Func<MedSecServices>? services, params string[] args) => Run(services, null, args);

    public static CliRun Run(Func<MedSecServices>? services, DateOnly? today, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var context = new CliContext(stdout, stderr, services ?? MedSecServices.LoadDefault)
        {
            Today = today ?? DateOnly.FromDateTime(DateTime.Now),
        };
        var code = CliApp.Run(args, context);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }
}
