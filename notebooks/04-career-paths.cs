// Notebook 04 — career paths: trajectories year by year, cumulative earnings and the ranking of the paths from one profile.
// Run from the repository root:   dotnet run notebooks/04-career-paths.cs
// Writes notebooks/out/04-career-paths.png and prints a markdown ranking table and the transition-model comparison.
// `dotnet run notebooks/04-career-paths.cs -- --write-histories` regenerates data/sample/career_histories.csv (synthetic,
// seeded: see data/sample/CAREERS.md) from careers.csv and exits.
#:property PublishAot=false
#:package ScottPlot
#:project ../src/MedSec.Analytics/MedSec.Analytics.csproj

using System.Globalization;
using System.Runtime.CompilerServices;
using MedSec.Analytics;
using MedSec.Analytics.Careers;
using MedSec.Data.Careers;
using MedSec.Domain;
using MedSec.Domain.Careers;
using ScottPlot;

var fr = CultureInfo.GetCultureInfo("fr-FR");

if (args.Contains("--write-histories"))
{
    var catalog = CareerCatalogLoader.LoadDefault();
    var rows = SyntheticHistories.Generate(catalog, new SyntheticHistoryOptions());
    var target = Path.GetFullPath(Path.Combine(Notebook.SourceFolder(), "..", "data", "sample", CareerHistoryCsv.FileName));
    using (var writer = new StreamWriter(target, append: false, new System.Text.UTF8Encoding(false)))
        CareerHistoryCsv.Write(writer, rows);
    Console.WriteLine($"{rows.Count} lignes, {rows.Select(r => r.PersonId).Distinct().Count()} personnes (synthétiques) écrites dans {target}");
    return;
}

var outDir = Path.Combine(Notebook.SourceFolder(), "out");
Directory.CreateDirectory(outDir);
var services = MedSecServices.LoadDefault();
var careers = services.Careers;

// The profile of the DESIGN.md use case: 4 years as a cardiology secretary in Auvergne-Rhône-Alpes, 10 years ahead.
var query = PathsRequestParser.Paths(region: "84", experience: "4", role: "secretary", sector: null, specialty: "cardiology",
    years: "10", date: "2027-01-01");
var result = careers.Paths(query);

// 1. Trajectories: monthly gross year by year of the six paths with the best expected cumulative net, plus staying put.
var shown = result.Paths.Take(6).ToList();
if (!shown.Any(p => p.Moves.Count == 0)) shown.Add(result.Paths.First(p => p.Moves.Count == 0));
var plot = new Plot();
plot.Font.Set("DejaVu Sans");
foreach (var path in shown)
{
    var xs = path.Steps.Select(s => (double)s.Year).ToArray();
    var ys = path.Steps.Select(s => (double)s.MonthlyGross).ToArray();
    var line = plot.Add.ScatterLine(xs, ys);
    line.LineWidth = path.Moves.Count == 0 ? 3 : 2;
    line.MarkerSize = 6;
    line.LegendText = Short(path.Name);
}
plot.Title($"Brut mensuel moyen par année — secrétaire en cardiologie, 4 ans d'expérience, région 84 (parcours synthétiques)");
plot.XLabel("Année du parcours");
plot.YLabel("Brut mensuel moyen de l'année (€)");
plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => v.ToString("N0", fr) };
plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericFixedInterval(1);
plot.Axes.SetLimitsX(0.5, query.Years + 0.5);
plot.ShowLegend(Alignment.LowerRight);
var png = Path.Combine(outDir, "04-career-paths.png");
plot.SavePng(png, 1200, 700);

// 2. Ranking table.
Console.WriteLine("# Parcours de carrière — synthèse");
Console.WriteLine();
Console.WriteLine($"Profil : {result.Role} ({result.Specialty}), {result.Experience} ans d'expérience, région {result.Region}, " +
    $"{result.Years} ans à partir du {result.Start.ToString("dd/MM/yyyy", fr)}. Graphique : `{Path.GetRelativePath(Directory.GetCurrentDirectory(), png)}`.");
Console.WriteLine();
Console.WriteLine("| rang | parcours | probabilité | net cumulé | net cumulé espéré | brut cumulé | formation (mois) | revenu perdu |");
Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|---:|");
var rank = 0;
foreach (var path in result.Paths)
{
    Console.WriteLine($"| {++rank} | {path.Name} | {path.Probability.ToString("P1", fr)} | {Euros(path.CumulativeNet)} | " +
        $"{Euros(path.ExpectedCumulativeNet)} | {Euros(path.CumulativeGross)} | {path.TrainingMonths} | {Euros(path.IncomeLostToTraining)} |");
}
Console.WriteLine();

// 3. Transition model: the counting baseline against the ML.NET model on held-out histories.
var report = careers.TransitionReport;
Console.WriteLine("## Modèle de transitions");
Console.WriteLine();
Console.WriteLine($"| modèle | log-loss (parcours mis de côté) |");
Console.WriteLine("|---|---:|");
Console.WriteLine($"| comptage lissé vers les a priori de careers.csv | {report.BaselineLogLoss.ToString("0.0000", fr)} |");
Console.WriteLine($"| ML.NET maximum d'entropie (L-BFGS) | {(report.MlLogLoss is { } ml ? ml.ToString("0.0000", fr) : "non entraîné")} |");
Console.WriteLine();
Console.WriteLine($"Retenu : **{report.Chosen}** ({report.TrainingTransitions.ToString("N0", fr)} transitions d'entraînement, {report.HeldOutTransitions.ToString("N0", fr)} mises de côté " +
    $"sur {report.HeldOutPersons.ToString("N0", fr)} personnes ; parcours {(report.SyntheticHistories ? "synthétiques" : "réels")}).");
Console.WriteLine();
foreach (var warning in result.Warnings) Console.WriteLine($"> {FrenchMessage.ForReader(warning)}");

string Euros(decimal value) => value.ToString("N0", fr) + " €";

static string Short(string name) => name.Length <= 70 ? name : name[..67] + "…";

static class Notebook
{
    /// <summary>The folder of this source file, so the output lands in notebooks/out wherever the program runs from.</summary>
    public static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
