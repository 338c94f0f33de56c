using MedSec.Analytics.Grids;
using MedSec.Domain.Grids;
using MedSec.Domain.Pay;
using MedSec.Domain.Transparency;
using Spectre.Console;

namespace MedSec.Cli.Output;

/// <summary>The readable output of <c>grid design</c> and <c>grid letter</c>.</summary>
public static class GridTables
{
    public static void Design(IAnsiConsole console, GridDesign d)
    {
        Bold(console, $"Grille salariale — {d.RegionName} ({d.Region}), {d.Employer}, centile {French.Number(d.Percentile)} du marché, au {French.Date(d.Date)}");
        console.Write(new Text($"Convention collective : {(d.Agreement is { } a ? $"IDCC {a}" : "aucune")}. {d.LevelGapSource}\n"));
        var grid = new Table { Border = TableBorder.Rounded, Title = new TableTitle("Brut mensuel pour 35 h") };
        grid.AddColumn("Niveau");
        grid.AddColumn(new TableColumn("Plancher").RightAligned());
        foreach (var step in d.Levels[0].Steps) grid.AddColumn(new TableColumn(Years(step.Years)).RightAligned());
        foreach (var level in d.Levels)
            grid.AddRow([new Text(level.Label), new Text($"{French.Money(level.Floor)} ({(level.FloorBinding == "smic" ? "SMIC" : "conv.")})"),
                .. level.Steps.Select(s => new Text(French.Money(s.MonthlyGross) + (s.RaisedToFloor ? " *" : "")))]);
        grid.AddRow([new Text("Marché (centile visé)"), new Text(""),
            .. d.Market.Select(m => new Text(m.Value is { } v ? $"{French.Money(v)} (n = {m.N})" : "—"))]);
        console.Write(grid);
        if (d.Levels.Any(l => l.Steps.Any(s => s.RaisedToFloor))) console.Write(new Text("* relevé au plancher légal\n"));

        var ads = new Table { Border = TableBorder.Rounded, Title = new TableTitle("Fourchettes à publier dans les offres d'emploi") };
        foreach (var column in new[] { "Niveau", "Mensuel brut", "Annuel brut" }) ads.AddColumn(column);
        foreach (var r in d.JobAdRanges)
            ads.AddRow(r.Label, $"{French.Money(r.MonthlyMin)} – {French.Money(r.MonthlyMax)}", $"{French.Money(r.AnnualMin)} – {French.Money(r.AnnualMax)}");
        console.Write(ads);

        if (d.Staff is { } staff) Staff(console, staff);
        if (d.Transparency is { } gaps) Gaps(console, gaps);
        foreach (var warning in d.Warnings)
            console.Write(new Text(French.Warning(warning), new Style(Color.Yellow)));
        console.Write(new Text(AsOfText.Sentence(d.AsOf) + "\n"));
    }

    public static void Letter(IAnsiConsole console, InformationLetter l)
    {
        Bold(console, $"Information sur la rémunération — matricule {l.EmployeeId}, catégorie {l.Category}, au {French.Date(l.Date)}");
        var table = new Table { Border = TableBorder.Rounded };
        table.AddColumn("Élément");
        table.AddColumn(new TableColumn("Valeur").RightAligned());
        table.AddRow("Taux d'activité (ETP)", French.Number(l.Fte));
        table.AddRow("Salaire de base brut mensuel", French.Money(l.BaseMonthlyGross));
        table.AddRow("Rémunération brute annuelle", French.Money(l.AnnualTotal));
        table.AddRow("dont primes", French.Money(l.AnnualVariable));
        table.AddRow("Rémunération horaire brute", French.Money(l.HourlyTotal));
        if (l.CategoryShown)
        {
            table.AddRow("Moyenne annuelle des femmes de la catégorie", l.Women is { } w ? French.Money(w.MeanAnnualTotal) : l.WomenWithheld ? "non communiquée" : "—");
            table.AddRow("Moyenne annuelle des hommes de la catégorie", l.Men is { } m ? French.Money(m.MeanAnnualTotal) : l.MenWithheld ? "non communiquée" : "—");
        }
        console.Write(table);
        if (l.Withheld is { } withheld) console.Write(new Text(withheld + "\n"));
        if (!l.CategoryShown)
            console.Write(new Text($"Catégorie de moins de {l.K} salariés : moyennes par sexe non communiquées.\n"));
    }

    private static void Staff(IAnsiConsole console, StaffAnalysis staff)
    {
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle("Personnel sur la grille") };
        foreach (var column in new[] { "Matricule", "Niveau", "Ancienneté", "Brut temps plein", "Grille", "Compa-ratio", "Augmentation / mois" })
            table.AddColumn(column);
        foreach (var e in staff.Employees)
            table.AddRow(e.EmployeeId, e.GridLevel?.ToString(French.Culture) ?? "—", e.SeniorityYears is { } y ? $"{y} ans" : "—",
                French.Money(e.FullTimeMonthlyBase), e.GridMonthlyGross is { } g ? French.Money(g) : "—",
                e.CompaRatio is { } c ? c.ToString("0.000", French.Culture) : "—", French.Money(e.MonthlyRaise));
        console.Write(table);
        var cost = staff.Cost;
        console.Write(new Text(
            $"Coût annuel des augmentations : {French.Money(cost.AnnualRaises)} ; avec charges (estimation) : {French.Money(cost.AnnualCostWithCharges)}.\n",
            new Style(decoration: Decoration.Bold)));
        console.Write(new Text(cost.ChargeNote + "\n"));
        foreach (var warning in staff.Warnings) console.Write(new Text(French.Warning(warning), new Style(Color.Yellow)));
    }

    private static void Gaps(IAnsiConsole console, PayGapReport report)
    {
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle("Écarts de rémunération femmes-hommes (%)") };
        foreach (var column in new[] { "Catégorie", "Effectif", "Moyen base", "Médian base", "Moyen primes", "Moyen horaire", "Médian horaire", "Alerte" })
            table.AddColumn(column);
        foreach (var c in new[] { report.Overall }.Concat(report.Categories))
            table.AddRow(c.Category, c.Headcount?.ToString(French.Culture) ?? "non publié", Gap(c.Annual?.Base.MeanGap), Gap(c.Annual?.Base.MedianGap),
                Gap(c.Annual?.Variable.MeanGap), Gap(c.Hourly?.Total.MeanGap), Gap(c.Hourly?.Total.MedianGap), c.Alert ? "oui" : "");
        console.Write(table);
        foreach (var c in report.Categories.Where(c => c.Alert))
            console.Write(new Text($"Alerte, catégorie {c.Category} : {c.Note}\n", new Style(Color.Red)));
        foreach (var warning in report.Warnings) console.Write(new Text(French.Warning(warning), new Style(Color.Yellow)));
    }

    private static string Gap(decimal? gap) => gap is { } g ? g.ToString("0.0", French.Culture) : "—";

    private static string Years(int years) => years switch { 0 => "0 an", 1 => "1 an", _ => $"{years} ans" };

    private static void Bold(IAnsiConsole console, string title) =>
        console.Write(new Text(title + "\n", new Style(decoration: Decoration.Bold)));
}
