using System.CommandLine;
using MedSec.Analytics.Grids;
using MedSec.Analytics.Pay;
using MedSec.Cli.Output;
using MedSec.Data.Exports;
using Spectre.Console;

namespace MedSec.Cli.Commands;

/// <summary>
/// <c>medsec grid design</c> (DESIGN.md contract, plus <c>--payroll IMPORT</c> for the staff analysis and the pay gaps,
/// <c>--export FILE.csv|FILE.xlsx</c>) and <c>medsec grid letter</c> (an employee's pay-transparency letter). Payrolls
/// are imported with <c>medsec ingest FILE --format payroll</c>, listed and deleted with <c>medsec payroll</c>.
/// </summary>
public static class GridCommands
{
    public static Command Create(CliContext context)
    {
        var grid = new Command("grid", "Grille salariale : conception au centile du marché, personnel, écarts femmes-hommes");
        grid.Subcommands.Add(Design(context));
        grid.Subcommands.Add(Letter(context));
        return grid;
    }

    private static Command Design(CliContext context)
    {
        var region = CommonOptions.Text("--region", "Région (code INSEE : 11, 84, 75…)");
        var employer = CommonOptions.Text("--employer", "Type d'employeur : cabinet, clinique, hopital, centre-sante, ehpad, medico-social, telesecretariat");
        var percentile = CommonOptions.Text("--percentile", "Centile du marché visé, 1 à 99 (ex. 60)");
        var levels = CommonOptions.Text("--levels", "Nombre de niveaux, 1 à 12");
        var steps = CommonOptions.Text("--steps", "Nombre d'échelons d'ancienneté, 1 à 9 (0, 2, 5, 10, 15, 20, 25, 30, 35 ans)");
        var agreement = CommonOptions.Text("--agreement", "Convention collective (IDCC) : 1147, 2264, 29, 2098 (par défaut, celle de l'employeur type)", required: false);
        var date = CommonOptions.Date("--date", "Date des planchers (aujourd'hui par défaut)", required: false);
        var payroll = CommonOptions.Text("--payroll", "Import de paie à comparer (numéro, medsec payroll list)", required: false, helpName: "IMPORT");
        var levelGap = CommonOptions.Text("--level-gap", "Écart entre niveaux (0,04 ou 4 %) ; par défaut la hiérarchie de la convention", required: false);
        var chargeRate = CommonOptions.Text("--charge-rate", "Taux de charges patronales (0,42 ou 42 %) ; par défaut une hypothèse de 35 %", required: false);
        var export = CommonOptions.Text("--export", "Exporte la grille (et l'analyse du personnel) : FICHIER.xlsx ou FICHIER.csv", required: false, helpName: "FICHIER");
        var command = new Command("design", "Conçoit une grille salariale par niveau et ancienneté, jamais sous les planchers légaux")
        {
            region, employer, percentile, levels, steps, agreement, date, payroll, levelGap, chargeRate, export,
        };
        command.SetAction(parse =>
        {
            var query = CommonOptions.Request(() => GridRequestParser.Design(
                parse.GetValue(region), parse.GetValue(employer), parse.GetValue(percentile), parse.GetValue(levels), parse.GetValue(steps),
                parse.GetValue(agreement), parse.GetValue(date), parse.GetValue(payroll), parse.GetValue(levelGap), parse.GetValue(chargeRate),
                context.Today));
            var target = parse.GetValue(export) is { } file ? ExportTarget(file) : null;
            var design = context.Services.Grids.Design(query);
            if (target is { } t) Export(context, design, t.Path, t.Xlsx);
            return context.Emit(parse.GetValue(CommonOptions.Json), design, GridTables.Design);
        });
        return command;
    }

    private static Command Letter(CliContext context)
    {
        var payroll = CommonOptions.Text("--payroll", "Import de paie (numéro, medsec payroll list)", helpName: "IMPORT");
        var employee = CommonOptions.Text("--employee", "Matricule du salarié");
        var date = CommonOptions.Date("--date", "Date de la lettre (aujourd'hui par défaut)", required: false);
        var command = new Command("letter", "Lettre d'information sur la rémunération d'un salarié (directive (UE) 2023/970, art. 7)") { payroll, employee, date };
        command.SetAction(parse =>
        {
            var (importId, employeeId, day) = CommonOptions.Request(() => (
                GridRequestParser.ImportId(parse.GetValue(payroll) ?? ""),
                GridRequestParser.EmployeeId(parse.GetValue(employee)),
                parse.GetValue(date) is { } d ? PayRequestParser.Date(d, "date") : context.Today));
            var letter = context.Services.Grids.Letter(importId, employeeId, day);
            return context.Emit(parse.GetValue(CommonOptions.Json), letter, GridTables.Letter);
        });
        return command;
    }

    private static (string Path, bool Xlsx)? ExportTarget(string file)
    {
        var extension = Path.GetExtension(file).ToLowerInvariant();
        return extension switch
        {
            ".xlsx" => (file, true),
            ".csv" => (file, false),
            _ => throw new Domain.MedSecInputException($"Export '{file}' : extension .xlsx ou .csv attendue.", Domain.InputErrorKind.UnknownCode),
        };
    }

    /// <summary>XLSX: one workbook. CSV: the grid in FILE.csv and each other table in FILE-table.csv beside it.</summary>
    private static void Export(CliContext context, GridDesign design, string path, bool xlsx)
    {
        var written = new List<string>();
        var file = path;
        try
        {
            if (xlsx)
            {
                File.WriteAllBytes(path, GridExports.Xlsx(design));
                written.Add(path);
            }
            else
            {
                var stem = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, Path.GetFileNameWithoutExtension(path));
                foreach (var code in GridExports.Codes)
                {
                    if (GridExports.Table(design, code) is not { } table) continue;
                    file = code == "grille" ? path : $"{stem}-{code}.csv";
                    File.WriteAllBytes(file, CsvExport.ToBytes(table));
                    written.Add(file);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The file that failed (a CSV export writes several), and why in French: .NET's messages are English.
            throw new Domain.MedSecInputException($"Écriture impossible de {file} : {OutputFile.Failure(file, e)}.");
        }
        var progress = context.Progress();
        foreach (var done in written) progress.Write(new Text($"Exporté : {done}\n"));
    }
}
