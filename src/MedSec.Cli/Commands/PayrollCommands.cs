using System.Globalization;
using System.CommandLine;
using MedSec.Analytics.Payroll;
using MedSec.Cli.Output;
using MedSec.Data.Payroll;
using MedSec.Data.Store;
using MedSec.Domain;
using MedSec.Domain.Observations;
using Spectre.Console;

namespace MedSec.Cli.Commands;

/// <summary>
/// <c>medsec payroll list | show ID | delete ID</c>: the payrolls imported with <c>medsec ingest FILE --format payroll</c>
/// (personal data, kept only in the local store). <c>delete</c> removes an import and all its employees.
/// </summary>
public static class PayrollCommands
{
    public static Command Create(CliContext context)
    {
        var payroll = new Command("payroll", "Fichiers de paie importés (données personnelles, base locale) : lister, afficher, supprimer");
        payroll.Subcommands.Add(List(context));
        payroll.Subcommands.Add(Show(context));
        payroll.Subcommands.Add(Delete(context));
        return payroll;
    }

    /// <summary>The payrolls of the store the other verbs use (<c>grid design --payroll</c> reads the same).</summary>
    private static PayrollService Service(CliContext context) => new(context.Services.Pay, context.Services.EstimationSettings.DatabasePath);

    private static Command List(CliContext context)
    {
        var command = new Command("list", "Liste les imports de paie");
        command.SetAction(parse => context.Emit(parse.GetValue(CommonOptions.Json),
            new PayrollList([.. Service(context).Imports().Select(Summary)]), ListTable));
        return command;
    }

    private static Command Show(CliContext context)
    {
        var id = ImportId();
        var command = new Command("show", "Affiche les salariés d'un import de paie") { id };
        command.SetAction(parse =>
        {
            var importId = Parse(parse.GetValue(id));
            return context.Emit(parse.GetValue(CommonOptions.Json), new PayrollRows(importId, [.. Service(context).Rows(importId).Select(PayrollRow.Of)]), RowsTable);
        });
        return command;
    }

    private static Command Delete(CliContext context)
    {
        var id = ImportId();
        var command = new Command("delete", "Supprime un import de paie et tous ses salariés") { id };
        command.SetAction(parse =>
        {
            var importId = Parse(parse.GetValue(id));
            var deletion = Service(context).Delete(importId);
            if (!deletion.Deleted)
                throw new MedSecInputException($"Aucun import de paie n° {importId} dans la base locale (medsec payroll list les énumère).",
                    InputErrorKind.UnknownCode);
            return context.Emit(parse.GetValue(CommonOptions.Json), deletion, (console, d) =>
                console.Write(new Text($"Import de paie n° {d.ImportId} ({d.File}) supprimé avec ses {French.Integer((int)d.Rows)} salariés.\n")));
        });
        return command;
    }

    private static Argument<string> ImportId() => new("ID") { Description = "Numéro de l'import (medsec payroll list)" };

    private static long Parse(string? text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? id
            : throw new UsageException($"'{text}' n'est pas un numéro d'import (un entier positif).");

    private static PayrollImportSummary Summary(ImportRecord r) =>
        new(r.Id, r.FileName, r.ImportedAt, r.Read, r.Accepted, r.Rejected, r.Flagged);

    private static void ListTable(IAnsiConsole console, PayrollList list)
    {
        if (list.Imports.Count == 0)
        {
            console.Write(new Text("Aucun import de paie.\n"));
            return;
        }
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle("Imports de paie") };
        foreach (var column in new[] { "N°", "Fichier", "Importé le", "Lus", "Acceptés", "Rejetés", "Signalés" })
            table.AddColumn(column is "Fichier" or "Importé le" ? new TableColumn(column) : new TableColumn(column).RightAligned());
        foreach (var i in list.Imports)
            table.AddRow(new Text(i.Id.ToString(CultureInfo.InvariantCulture)), new Text(i.File), new Text(French.Date(DateOnly.FromDateTime(i.ImportedAt.LocalDateTime))),
                new Text(French.Integer((int)i.Read)), new Text(French.Integer((int)i.Accepted)), new Text(French.Integer((int)i.Rejected)),
                new Text(French.Integer((int)i.Flagged)));
        console.Write(table);
    }

    private static void RowsTable(IAnsiConsole console, PayrollRows rows)
    {
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle($"Import de paie n° {rows.ImportId}") };
        foreach (var column in new[] { "Ligne", "Matricule", "Sexe", "Poste", "Niveau", "Entrée", "ETP", "Base brute", "Base temps plein", "Primes annuelles" })
            table.AddColumn(column is "Ligne" or "ETP" or "Base brute" or "Base temps plein" or "Primes annuelles"
                ? new TableColumn(column).RightAligned() : new TableColumn(column));
        foreach (var r in rows.Rows)
            table.AddRow(new Text(r.Line.ToString(CultureInfo.InvariantCulture)), new Text(r.EmployeeId),
                new Text(r.Gender?.ToUpperInvariant() ?? ""), new Text(r.JobTitle ?? ""), new Text(r.Level ?? ""),
                new Text(r.HireDate is { } d ? French.Date(d) : ""), new Text(French.Number(r.Fte)), new Text(French.Money(r.BaseMonthlyGross)),
                new Text(French.Money(r.FullTimeMonthlyBase)), new Text(French.Money(r.AnnualBonuses)));
        console.Write(table);
    }

    /// <summary>The JSON of <c>payroll list</c>.</summary>
    public sealed record PayrollList(IReadOnlyList<PayrollImportSummary> Imports);

    public sealed record PayrollImportSummary(long Id, string File, DateTimeOffset ImportedAt, long Read, long Accepted, long Rejected, long Flagged);

    /// <summary>The JSON of <c>payroll show</c>.</summary>
    public sealed record PayrollRows(long ImportId, IReadOnlyList<PayrollRow> Rows);

    /// <summary>One employee as <c>payroll show</c> prints it: the gender as its code (<c>f</c>, <c>m</c>), as in <c>grid design</c>'s staff.</summary>
    public sealed record PayrollRow(
        long Line, string EmployeeId, string? Gender, string? JobTitle, string? Level, DateOnly? HireDate, decimal Fte,
        decimal BaseMonthlyGross, decimal FullTimeMonthlyBase, decimal AnnualBonuses)
    {
        public static PayrollRow Of(PayrollRecord r) => new(
            r.Line, r.EmployeeId, r.Gender is { } g ? ObservationCodes.Genders.ToCode(g) : null, r.JobTitle, r.Level, r.HireDate, r.Fte,
            r.BaseMonthlyGross, r.FullTimeMonthlyBase, r.AnnualBonuses);
    }
}
