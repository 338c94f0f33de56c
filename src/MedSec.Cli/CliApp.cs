using System.Globalization;
using System.CommandLine;
using System.CommandLine.Invocation;
using MedSec.Analytics;
using MedSec.Cli.Commands;
using MedSec.Cli.Output;
using MedSec.Data.Store;
using MedSec.Domain;

namespace MedSec.Cli;

/// <summary>
/// The <c>medsec</c> tool: builds the command tree and runs it in-process against the given writers.
/// Exit codes: 0 success; 1 a request read but refused (an unknown code, a value out of its range, an échelon past the grid),
/// or any unexpected failure; 2 bad usage (an unknown option, a missing one, a value that cannot be read).
/// </summary>
public static class CliApp
{
    public const int Ok = 0;
    public const int Refused = 1;
    public const int BadUsage = 2;

    /// <summary>One factory per top-level verb: a new verb is one file in Commands/ plus one line here.</summary>
    private static readonly Func<CliContext, Command>[] Verbs =
    [
        PayCommands.Create,
        CareerCommands.Create,
        PathsCommands.Create,
        IngestCommand.Create,
        PayrollCommands.Create,
        EstimateCommands.Estimate,
        EstimateCommands.Train,
        EstimateCommands.Evaluate,
        GridCommands.Create,
    ];

    /// <summary>Builds the command tree; nothing is loaded until a verb runs.</summary>
    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand("MedSec : salaires des secrétaires médicales en France (grilles publiques, planchers, net, carrières).");
        root.Options.Add(CommonOptions.Json);
        // The help option's description has no French resource in System.CommandLine 2.0.
        foreach (var help in root.Options.OfType<System.CommandLine.Help.HelpOption>()) help.Description = "Affiche l'aide et l'utilisation";
        foreach (var verb in Verbs) root.Subcommands.Add(verb(context));
        return root;
    }

    /// <summary>Runs the tool with the default services (loaded lazily from the bundled reference data).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool ansi = false) =>
        Run(args, new CliContext(stdout, stderr, MedSecServices.LoadDefault) { Ansi = ansi });

    /// <summary>
    /// Runs the tool: one JSON object or a table on stdout, one line on stderr for an error. System.CommandLine's own
    /// messages and help ("Required command was not provided", "Show help and usage information") come from its French
    /// resources, and the words those leave in English from <see cref="ParserFrench"/>, as every other word the tool prints
    /// is French, whatever the machine's language.
    /// </summary>
    public static int Run(string[] args, CliContext context)
    {
        var uiCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = French.Culture;
        try
        {
            return RunInFrench(args, context);
        }
        finally
        {
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }

    private static int RunInFrench(string[] args, CliContext context)
    {
        try
        {
            var parse = Build(context).Parse(args);
            if (parse.Action is ParseErrorAction)
            {
                var message = string.Join(" ", parse.Errors.Select(e => ParserFrench.Message(e.Message)));
                return Fail(context, message, BadUsage);
            }

            if (parse.Action is System.CommandLine.Help.HelpAction) return Help(parse, context);

            return parse.Invoke(new InvocationConfiguration
            {
                Output = context.Out,
                Error = context.Err,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (MedSecInputException e)
        {
            return Fail(context, e.Message, Refused);
        }
        catch (UsageException e)
        {
            return Fail(context, e.Message, BadUsage);
        }
        catch (StoreUnavailableException e)
        {
            // MEDSEC_HOME is the user's setting: its fault is theirs to fix, said in French, not an unexpected error.
            return Fail(context, e.Message, Refused);
        }
        catch (Exception e)
        {
            return Fail(context, $"erreur inattendue ({e.GetType().Name}) : {e.Message}", Refused);
        }
    }

    /// <summary>The help, written first aside so that the words System.CommandLine leaves in English can be put in French.</summary>
    private static int Help(ParseResult parse, CliContext context)
    {
        using var help = new StringWriter();
        var code = parse.Invoke(new InvocationConfiguration { Output = help, Error = context.Err, EnableDefaultExceptionHandler = false });
        context.Out.Write(ParserFrench.Help(help.ToString()));
        return code;
    }

    private static int Fail(CliContext context, string message, int code)
    {
        var line = message.ReplaceLineEndings(" ").Trim();
        context.Err.WriteLine($"medsec: {line}");
        return code;
    }
}
