using System.CommandLine;
using System.Diagnostics;
using MedSec.Analytics.Imports;
using MedSec.Cli.Output;
using MedSec.Domain;
using Spectre.Console;

namespace MedSec.Cli.Commands;

/// <summary>
/// <c>medsec ingest FILE [--format auto|observations|job-ads|payroll] [--rejects OUT]</c>: validates a file, reports every
/// record (accepted, rejected with line, column and reason, flagged) and stores the accepted ones in
/// <c>$MEDSEC_HOME/medsec.db</c>; the same file twice is stored once. Progress goes to stderr when it takes over a second.
/// </summary>
public static class IngestCommand
{
    private const int ShownRejections = 20;
    private const int ShownFlags = 10;

    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "Fichier à importer : CSV (; , tabulation ou |, UTF-8 ou Windows-1252) ou offres France Travail en JSON" };
        var format = CommonOptions.Text("--format", "Format : auto (par défaut), observations, job-ads, payroll", required: false);
        var rejects = CommonOptions.Text("--rejects", "Écrit les enregistrements rejetés dans ce fichier, au format de l'entrée", required: false, helpName: "OUT");
        var command = new Command("ingest", "Importe un fichier (observations de salaire, offres France Travail, fichier de paie) dans la base locale ($MEDSEC_HOME/medsec.db)")
        {
            file, format, rejects,
        };
        command.SetAction(parse =>
        {
            var json = parse.GetValue(CommonOptions.Json);
            var path = GivenPath(parse.GetValue(file), "Fichier à importer manquant : donnez son chemin.");
            var rejectsPath = parse.GetValue(rejects) is { } given
                ? GivenPath(given, "Option --rejects sans chemin : donnez le fichier où écrire les rejets.")
                : null;
            var importFormat = ParseFormat(parse.GetValue(format));
            var service = new ImportService(context.Services.Pay, context.Services.EstimationSettings.DatabasePath,
                sampleFile: context.Services.EstimationSettings.SampleFile);
            var progress = new ProgressLine(context.Err, context.Ansi);
            var report = service.Import(path, new ImportOptions(importFormat, rejectsPath, progress.Report));
            progress.Finish();
            return context.Emit(json, report, Table);
        });
        return command;
    }

    /// <summary>
    /// A path given on the command line. A blank one (a shell variable left empty) is a missing value, bad usage: it reached
    /// the file system as an English ArgumentException, or, for <c>--rejects "  "</c>, named a file of spaces.
    /// </summary>
    private static string GivenPath(string? text, string missing) =>
        string.IsNullOrWhiteSpace(text) ? throw new UsageException(missing) : text;

    /// <summary>The --format code; absent or blank, auto, as a blank <c>?format=</c> is for <c>POST /api/imports</c>.</summary>
    private static ImportFormat ParseFormat(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return ImportFormat.Auto;
        return ImportFormats.Codes.TryParse(code, out var format)
            ? format
            : throw new MedSecInputException(
                $"Format '{code}' inconnu : attendu {string.Join(", ", ImportFormats.Codes.AllCodes)}.", InputErrorKind.UnknownCode);
    }

    private static void Table(IAnsiConsole console, ImportReport report)
    {
        console.Write(new Text($"Import de {report.File}{(report.AlreadyImported ? " — déjà importé, rien n'a été ajouté" : "")}\n",
            new Style(decoration: Decoration.Bold)));
        var summary = new Table { Border = TableBorder.Rounded };
        summary.AddColumn("Élément");
        summary.AddColumn(new TableColumn("Valeur").RightAligned());
        summary.AddRow("Format", report.Format);
        summary.AddRow("Encodage, séparateur", report.Separator is { } separator ? $"{report.Encoding}, {SeparatorName(separator)}" : $"{report.Encoding}, aucun (JSON)");
        summary.AddRow("Enregistrements lus", French.Integer((int)report.Read));
        summary.AddRow("Acceptés", French.Integer((int)report.Accepted));
        summary.AddRow("Rejetés", French.Integer((int)report.Rejected));
        summary.AddRow("Signalés (acceptés)", French.Integer((int)report.Flagged));
        summary.AddRow("Déjà importé", report.AlreadyImported ? "oui" : "non");
        if (report.UnknownColumns.Count > 0) summary.AddRow(UnknownColumnsLabel(report.Format), Markup.Escape(string.Join(", ", report.UnknownColumns)));
        console.Write(summary);

        if (report.Rejections.Count > 0)
        {
            var rejections = new Table { Border = TableBorder.Rounded, Title = new TableTitle("Rejets") };
            rejections.AddColumn(new TableColumn("Ligne").RightAligned());
            rejections.AddColumn("Colonne");
            rejections.AddColumn("Raison");
            foreach (var r in report.Rejections.Take(ShownRejections))
                rejections.AddRow(new Text(r.Line.ToString(French.Culture)), new Text(r.Column), new Text(FrenchMessage.ForReader(r.Reason)));
            console.Write(rejections);
            if (report.Rejections.Count > ShownRejections)
                console.Write(new Text($"… et {report.Rejections.Count - ShownRejections} autres rejets (--rejects OUT les écrit tous, --json les liste).\n"));
        }
        if (report.Flags.Count > 0)
        {
            var flags = new Table { Border = TableBorder.Rounded, Title = new TableTitle("Signalements") };
            flags.AddColumn(new TableColumn("Ligne").RightAligned());
            flags.AddColumn("Raison");
            foreach (var f in report.Flags.Take(ShownFlags)) flags.AddRow(new Text(f.Line.ToString(French.Culture)), new Text(FrenchMessage.ForReader(f.Reason)));
            console.Write(flags);
            if (report.Flags.Count > ShownFlags) console.Write(new Text($"… et {report.Flags.Count - ShownFlags} autres signalements.\n"));
        }
        if (report.RejectsFile is { } path) console.Write(new Text($"Rejets écrits dans {path}.\n"));
    }

    /// <summary>A progress bar on stderr that appears only once an import has taken more than a second.</summary>
    private sealed class ProgressLine(TextWriter err, bool terminal)
    {
        private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);
        private readonly Stopwatch _watch = Stopwatch.StartNew();
        private TimeSpan _last;
        private bool _shown;

        public void Report(ImportProgress progress)
        {
            var elapsed = _watch.Elapsed;
            var done = progress.Done >= progress.Total;
            if (progress.Total <= 0 || (!_shown && (elapsed < Delay || done))) return;
            if (elapsed - _last < TimeSpan.FromMilliseconds(terminal ? 100 : 2000) && !done) return;
            _last = elapsed;
            var share = Math.Clamp((double)progress.Done / progress.Total, 0, 1);
            var filled = (int)(share * 30);
            var stage = progress.Stage == ImportStage.Reading ? "lecture      " : "enregistrement";
            var line = $"{stage} [{new string('#', filled)}{new string('.', 30 - filled)}] {share * 100,3:0} %";
            err.Write(terminal ? "\r" + line : line + "\n");
            err.Flush();
            _shown = true;
        }

        public void Finish()
        {
            if (_shown && terminal) err.WriteLine();
        }
    }

    /// <summary>What became of the columns the format does not know: an observation file keeps their values with each row
    /// (data/README.md), a payroll ignores them (personal data: only its own columns are stored). Payroll columns were said
    /// to be "gardées à part" though nothing of them is stored.</summary>
    private static string UnknownColumnsLabel(string format) =>
        ImportFormats.KeepsUnknownColumns(format) ? "Colonnes inconnues (gardées à part)" : "Colonnes inconnues (ignorées)";

    /// <summary>A separator by its name: a lone "," or "|" after a comma reads as punctuation, not as the file's separator.</summary>
    private static string SeparatorName(string separator) => separator switch
    {
        "\t" => "tabulation",
        ";" => "point-virgule (;)",
        "," => "virgule (,)",
        "|" => "barre verticale (|)",
        _ => separator,
    };
}
