using MedSec.Analytics.Estimation;
using MedSec.Analytics.Estimation.Evaluation;
using MedSec.Data.Ingestion;
using MedSec.Domain;
using MedSec.Domain.Codes;
using Spectre.Console;

namespace MedSec.Cli.Output;

/// <summary>The readable output of <c>estimate</c>, <c>train</c> and <c>evaluate</c>.</summary>
public static class EstimateTables
{
    public static void Estimate(IAnsiConsole console, PayEstimate e)
    {
        var p = e.Profile;
        Heading(console, $"Salaire de marché — {FrenchLabels.Sector(p.Sector)}, {CodeBook.RegionNames[p.RegionCode]}, {Experience(p.ExperienceYears)}, "
            + $"{FrenchLabels.Employer(p.Employer)}, {FrenchLabels.Specialty(p.Specialty)}, {ProfileLabels.Size(p.Size)}, {FrenchLabels.Contract(p.Contract)}");
        var partTime = e.AtHours.WeeklyHours != 35m;
        var table = new Table { Border = TableBorder.Rounded };
        table.AddColumn("Brut mensuel");
        table.AddColumn(new TableColumn("35 h").RightAligned());
        if (partTime) table.AddColumn(new TableColumn($"{French.Number(e.AtHours.WeeklyHours)} h").RightAligned());
        Line(table, partTime, "P10", e.P10, e.AtHours.P10);
        Line(table, partTime, "P25", e.P25, e.AtHours.P25);
        Line(table, partTime, "Médiane", e.Median, e.AtHours.Median, bold: true);
        Line(table, partTime, "P75", e.P75, e.AtHours.P75);
        Line(table, partTime, "P90", e.P90, e.AtHours.P90);
        Line(table, partTime, $"Plancher légal ({(e.FloorDetail.Binding == "smic" ? "SMIC" : $"IDCC {e.FloorDetail.Agreement}")})", e.Floor, e.AtHours.Floor);
        console.Write(table);
        console.Write(new Text($"Au {French.Date(e.Date)} ; {French.Count(e.N, "observation")} dans la cellule du profil (secteur × région × employeur × expérience).\n"));
        if (e.Explanation.Count > 0)
            console.Write(new Text("Ce qui joue : " + string.Join(" ; ", e.Explanation.Select(x => x.Text)) + "\n"));
        if (e.Assumed.Count > 0)
            console.Write(new Text("Valeurs supposées : " + string.Join(", ", e.Assumed.Select(a => $"{AssumedLabel(a.Key)} = {a.Value}")) + "\n"));
        console.Write(new Text($"Modèle : {FrenchMessage.ForReader(e.Model.Description)}\n"));
        Warnings(console, e.Warnings);
    }

    public static void Report(IAnsiConsole console, EvaluationReport r)
    {
        Heading(console, r.SavedTo is null ? "Évaluation du modèle de salaire" : "Modèle de salaire entraîné et enregistré");
        var table = new Table { Border = TableBorder.Rounded };
        table.AddColumn("Mesure");
        table.AddColumn(new TableColumn("Valeur").RightAligned());
        table.AddRow("Observations (entraînement / calibrage / test)", $"{French.Integer(r.Rows)} ({French.Integer(r.TrainRows)} / {French.Integer(r.CalibrationRows)} / {French.Integer(r.TestRows)})");
        table.AddRow("Erreur absolue moyenne du modèle", French.Money(r.MaeModel));
        table.AddRow("Erreur absolue moyenne de la référence (médiane secteur × région × expérience)", French.Money(r.MaeBaseline));
        table.AddRow("Couverture de l'intervalle P10–P90 (cible 80 %)", Percent(r.Coverage80));
        foreach (var (sector, coverage) in r.Coverage80BySector)
            table.AddRow($"  secteur {SectorWord(sector)}", Percent(coverage));
        console.Write(table);
        if (r.OutsideCheck is { } check) Outside(console, check);
        console.Write(new Text($"Modèle : {FrenchMessage.ForReader(r.Model.Description)}\n"));
        if (r.SavedTo is { } path) console.Write(new Text($"Enregistré dans {path}\n"));
    }

    /// <summary>The sector code of the report's keys ("private") as the tables write it ("privé"), as <c>pay net</c>'s heading does.</summary>
    private static string SectorWord(string code) =>
        CodeBook.Sectors.TryParse(code, out var sector) ? FrenchLabels.Sector(sector).ToLowerInvariant() : code;

    private static void Outside(IAnsiConsole console, OutsideCheck check)
    {
        Heading(console, "\nComparaison avec des chiffres publiés (brut mensuel, 35 h)");
        var table = new Table { Border = TableBorder.Rounded };
        table.AddColumn("Mesure");
        table.AddColumn(new TableColumn("Modèle").RightAligned());
        table.AddColumn(new TableColumn("Échantillon").RightAligned());
        table.AddColumn(new TableColumn("Publié (brut)").RightAligned());
        table.AddColumn(new TableColumn("Écart").RightAligned());
        table.AddColumn("Source");
        foreach (var row in check.National) Comparison(table, $"Privé national {row.Measure}", row);
        foreach (var row in check.Regional) Comparison(table, $"Médiane privée {row.Measure}", row);
        console.Write(table);
        // The notes keep ISO dates and plain euros in the JSON; read beside the table, they are written as it writes its own.
        foreach (var note in check.Notes) console.Write(new Text($"• {FrenchMessage.ForReader(note)}\n"));
    }

    private static void Comparison(Table table, string label, OutsideComparison row) =>
        table.AddRow(label, French.Money(row.Model), French.Money(row.Sample), French.Money(row.Outside),
            $"{(row.Gap >= 0 ? "+" : "")}{French.Money(row.Gap)} ({row.GapPercent.ToString("+0.0;-0.0;0.0", French.Culture)} %)", row.FigureId);

    private static void Line(Table table, bool partTime, string label, decimal full, decimal atHours, bool bold = false)
    {
        var style = bold ? new Style(decoration: Decoration.Bold) : Style.Plain;
        if (partTime) table.AddRow(new Text(label, style), new Text(French.Money(full), style), new Text(French.Money(atHours), style));
        else table.AddRow(new Text(label, style), new Text(French.Money(full), style));
    }

    private static string Experience(decimal? years) => years is { } y ? $"{French.Years(y)} d'expérience" : "expérience inconnue";

    private static string Percent(double share) => French.Percent((decimal)share);

    /// <summary>The French name of an option the estimate filled in (the JSON keeps the contract's names).</summary>
    private static string AssumedLabel(string key) => key switch
    {
        "specialty" => "spécialité",
        "employer" => "employeur",
        "size" => "taille",
        "contract" => "contrat",
        "weeklyHours" => "heures hebdo",
        _ => key,
    };

    private static void Heading(IAnsiConsole console, string title) =>
        console.Write(new Text(title + "\n", new Style(decoration: Decoration.Bold)));

    private static void Warnings(IAnsiConsole console, IReadOnlyList<string> warnings)
    {
        foreach (var warning in warnings)
            console.Write(new Text(French.Warning(warning), new Style(Color.Yellow)));
    }
}
