using MedSec.Data.Ingestion;
using MedSec.Domain.Codes;
using MedSec.Domain.Pay;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace MedSec.Cli.Output;

/// <summary>The readable (non-JSON) output of each verb: a Spectre table with French labels and fr-FR numbers.</summary>
public static class Tables
{
    public static void PublicPay(IAnsiConsole console, PublicPay pay)
    {
        Heading(console, $"Rémunération publique — {GradeLabels.Of(pay.Grade)}, échelon {pay.Echelon}, au {French.Date(pay.Date)}");
        var table = TwoColumns();
        Row(table, "Indice majoré", French.Integer(pay.IndexPoints));
        Row(table, "Valeur annuelle du point", French.Money(pay.PointValue));
        Row(table, "Traitement indiciaire brut", French.Money(pay.BaseMonthlyGross));
        Row(table, "Indemnité de résidence", French.Money(pay.ResidenceAllowance));
        Row(table, "Complément de traitement indiciaire (CTI)", French.Money(pay.Cti));
        Row(table, "Indemnité différentielle", French.Money(pay.DifferentialAllowance));
        Row(table, "Brut mensuel total", French.Money(pay.TotalMonthlyGross), bold: true);
        Row(table, "Indemnité de sujétion spéciale (ISS)", French.Money(pay.SpecialAllowance));
        Row(table, "Prime de service (7,5 % type)", French.Money(pay.TypicalServiceBonus));
        Row(table, "Total avec primes", French.Money(pay.TotalWithAllowances), bold: true);
        console.Write(table);
        Footer(console, pay.Warnings, pay.AsOf);
    }

    public static void Floor(IAnsiConsole console, LegalFloor floor)
    {
        Heading(console, $"Plancher légal — IDCC {floor.Agreement}, niveau {floor.Level}, au {French.Date(floor.Date)}");
        var table = TwoColumns();
        Row(table, "Heures par semaine", French.Number(floor.WeeklyHours));
        Row(table, "Minimum conventionnel", French.Money(floor.AgreementMinimum));
        Row(table, "SMIC", French.Money(floor.Smic));
        Row(table, "Plancher", French.Money(floor.Floor), bold: true);
        Row(table, "Ce qui s'applique", floor.Binding == "smic" ? "le SMIC" : "le minimum conventionnel");
        console.Write(table);
        Footer(console, floor.Warnings, floor.AsOf);
    }

    public static void Net(IAnsiConsole console, NetPay net)
    {
        var sector = CodeBook.Sectors.TryParse(net.Sector, out var s) ? FrenchLabels.Sector(s).ToLowerInvariant() : net.Sector;
        Heading(console, $"Brut → net avant impôt — secteur {sector}, au {French.Date(net.Date)}");
        var table = TwoColumns();
        Row(table, "Brut mensuel", French.Money(net.Gross));
        foreach (var c in net.Contributions.Where(c => c.Amount != 0m))
            Row(table, $"{ContributionLabels.Of(c.Item)} ({French.Percent(c.Rate)} × {French.Money(c.BaseAmount)})", "−" + French.Money(c.Amount));
        Row(table, "Taux de cotisations salariales", French.Percent(net.EmployeeContributionRate));
        Row(table, "Net mensuel avant impôt", French.Money(net.Net), bold: true);
        console.Write(table);
        Footer(console, net.Warnings, net.AsOf);
    }

    public static void Career(IAnsiConsole console, PublicCareer career)
    {
        Heading(console, $"Carrière {French.Of(GradeLabels.Of(career.Grade))} à partir du {French.Date(career.Start)} ({career.Years} ans, sans promotion de grade)");
        var table = new Table { Border = TableBorder.Rounded };
        table.AddColumn("Date");
        table.AddColumn("Grade");
        table.AddColumn(new TableColumn("Échelon").RightAligned());
        table.AddColumn(new TableColumn("Indice majoré").RightAligned());
        table.AddColumn(new TableColumn("Brut mensuel total").RightAligned());
        foreach (var step in career.Steps)
        {
            table.AddRow(Cells(French.Date(step.Date), step.Grade, step.Echelon.ToString(French.Culture),
                French.Integer(step.IndexPoints), French.Money(step.TotalMonthlyGross)));
        }
        console.Write(table);
        Footer(console, career.Warnings, asOf: null);
    }

    private static void Heading(IAnsiConsole console, string title) =>
        console.Write(new Text(title + "\n", new Style(decoration: Decoration.Bold)));

    private static Table TwoColumns()
    {
        var table = new Table { Border = TableBorder.Rounded };
        table.AddColumn("Élément");
        table.AddColumn(new TableColumn("Valeur").RightAligned());
        return table;
    }

    private static void Row(Table table, string label, string value, bool bold = false)
    {
        var style = bold ? new Style(decoration: Decoration.Bold) : Style.Plain;
        table.AddRow(new Text(label, style), new Text(value, style));
    }

    private static IRenderable[] Cells(params string[] values) => [.. values.Select(v => new Text(v))];

    private static void Footer(IAnsiConsole console, IReadOnlyList<string> warnings, DateOnly? asOf)
    {
        foreach (var warning in warnings)
            console.Write(new Text(French.Warning(warning), new Style(Color.Yellow)));
        if (asOf is { } date)
            console.Write(new Text(AsOfText.Sentence(date) + "\n"));
    }
}
