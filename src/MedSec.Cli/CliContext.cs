using MedSec.Analytics;
using MedSec.Cli.Output;
using Spectre.Console;

namespace MedSec.Cli;

/// <summary>
/// What a command may touch: the two writers, the services (created on first use, so <c>--help</c> loads nothing)
/// and today's date. Commands never use <see cref="Console"/> directly.
/// </summary>
public sealed class CliContext(TextWriter stdout, TextWriter stderr, Func<MedSecServices> services)
{
    private readonly Lazy<MedSecServices> _services = new(services);

    public TextWriter Out { get; } = stdout;

    public TextWriter Err { get; } = stderr;

    /// <summary>Whether tables may use ANSI colours (true only for a real terminal).</summary>
    public bool Ansi { get; init; }

    /// <summary>Default date of the verbs whose <c>--date</c> is optional.</summary>
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.Now);

    public MedSecServices Services => _services.Value;

    /// <summary>A Spectre console over <paramref name="writer"/> (stdout for results, stderr for progress).</summary>
    public IAnsiConsole Console(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = Ansi ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = Ansi ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        // A file or a pipe has no width: do not wrap warnings at Spectre's default 80 columns.
        if (!Ansi) console.Profile.Width = UnboundedWidth;
        return console;
    }

    private const int UnboundedWidth = 400;

    /// <summary>Where long verbs report progress: always stderr, so stdout keeps only the result (the JSON object).</summary>
    public IAnsiConsole Progress() => Console(Err);

    /// <summary>
    /// Prints a verb's result: with <c>--json</c> exactly one JSON object on stdout, else a readable table on stdout.
    /// </summary>
    public int Emit<T>(bool json, T result, Action<IAnsiConsole, T> table)
    {
        if (json)
            JsonOutput.Write(Out, result);
        else
            table(Console(Out), result);
        return CliApp.Ok;
    }
}
