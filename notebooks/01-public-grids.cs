// Notebook 01 — public grids: monthly gross by years of service for the six FPH grades, and the métropole's SMIC over time.
// Run from the repository root:   dotnet run notebooks/01-public-grids.cs
// Writes notebooks/out/01-careers.png and notebooks/out/01-smic.png and prints a markdown summary.
#:property PublishAot=false
#:package ScottPlot
#:project ../src/MedSec.Analytics/MedSec.Analytics.csproj

using System.Globalization;
using System.Runtime.CompilerServices;
using MedSec.Analytics;
using MedSec.Analytics.Pay;
using MedSec.Domain;
using MedSec.Domain.Codes;
using MedSec.Domain.Pay;
using ScottPlot;

var fr = CultureInfo.GetCultureInfo("fr-FR");
var start = new DateOnly(2024, 1, 1);
const int years = 30;
var outDir = Path.Combine(Notebook.SourceFolder(), "out");
Directory.CreateDirectory(outDir);

var services = MedSecServices.LoadDefault();

// 1. Career timelines (zone 3, CTI included: what the career service computes), one per grade, from the same start date.
var grades = new (GradeCode Code, string Label)[]
{
    (GradeCode.AmaCn, "AMA classe normale"), (GradeCode.AmaCs, "AMA classe supérieure"), (GradeCode.AmaCe, "AMA classe exceptionnelle"),
    (GradeCode.AahC1, "Adjoint administratif"), (GradeCode.AahC2, "Adjoint adm. principal 2e classe"),
    (GradeCode.AahC3, "Adjoint adm. principal 1re classe"),
};
var careers = grades.Select(g => (g.Code, g.Label,
    Career: services.Pay.PublicCareer(new PublicCareerQuery(g.Code, start, years)))).ToList();

var careerPlot = new Plot();
careerPlot.Font.Set("DejaVu Sans");
foreach (var (_, label, career) in careers)
{
    var xs = career.Steps.Select(s => YearsBetween(start, s.Date)).Append(years).ToArray();
    var ys = career.Steps.Select(s => (double)s.TotalMonthlyGross).Append((double)career.Steps[^1].TotalMonthlyGross).ToArray();
    var line = careerPlot.Add.ScatterLine(xs, ys);
    line.ConnectStyle = ConnectStyle.StepHorizontal;
    line.LineWidth = 2;
    line.LegendText = $"{label} ({career.Grade})";
}
careerPlot.Title($"Brut mensuel par ancienneté — entrée au 1er échelon le {start.ToString("dd/MM/yyyy", fr)}");
careerPlot.XLabel("Années de service");
careerPlot.YLabel("Brut mensuel total (€, zone 3, CTI incluse)");
careerPlot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => v.ToString("N0", fr) };
careerPlot.Axes.SetLimitsX(-0.5, years + 0.5);
careerPlot.ShowLegend(Alignment.UpperLeft);
var careerPng = Path.Combine(outDir, "01-careers.png");
careerPlot.SavePng(careerPng, 1100, 650);

// 2. The métropole's SMIC (monthly, 151.67 h) over time, from the reference data (smic.csv). Mayotte's own, lower, is apart
// (smic_mayotte.csv: each text revaluing the SMIC sets it in its art. 1, 2°), so the chart and the summary name the métropole.
var smic = services.Reference.Smic.OrderBy(s => s.ValidFrom).ToList();
var smicEnd = DateTime.Today > smic[^1].ValidFrom.ToDateTime(TimeOnly.MinValue)
    ? DateTime.Today : smic[^1].ValidFrom.ToDateTime(TimeOnly.MinValue).AddMonths(6);
var smicX = smic.Select(s => s.ValidFrom.ToDateTime(TimeOnly.MinValue).ToOADate()).Append(smicEnd.ToOADate()).ToArray();
var smicY = smic.Select(s => (double)s.Monthly).Append((double)smic[^1].Monthly).ToArray();
var smicPlot = new Plot();
smicPlot.Font.Set("DejaVu Sans");
var smicLine = smicPlot.Add.ScatterLine(smicX, smicY);
smicLine.ConnectStyle = ConnectStyle.StepHorizontal;
smicLine.LineWidth = 2;
smicPlot.Axes.DateTimeTicksBottom();
smicPlot.Title("SMIC mensuel brut en métropole (35 h, 151,67 h par mois ; Mayotte a le sien)");
smicPlot.XLabel("Date d'effet");
smicPlot.YLabel("SMIC mensuel brut (€)");
smicPlot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => v.ToString("N0", fr) };
var smicPng = Path.Combine(outDir, "01-smic.png");
smicPlot.SavePng(smicPng, 1100, 500);

// 3. Markdown summary.
Console.WriteLine("# Grilles publiques (FPH) — synthèse");
Console.WriteLine();
Console.WriteLine($"Entrée au 1er échelon le {Date(start)}, zone 3, CTI incluse, sans promotion de grade. Graphiques : `{Rel(careerPng)}`, `{Rel(smicPng)}`.");
Console.WriteLine();
Console.WriteLine("| grade | brut à l'entrée | après 10 ans | après 20 ans | dernier échelon (atteint après) |");
Console.WriteLine("|---|---:|---:|---:|---:|");
foreach (var (code, label, career) in careers)
{
    var last = career.Steps[^1];
    Console.WriteLine($"| {label} ({CodeBook.Grades.ToCode(code)}) | {Euros(GrossAt(career, start))} | {Euros(GrossAt(career, start.AddYears(10)))} " +
        $"| {Euros(GrossAt(career, start.AddYears(20)))} | {Euros(last.TotalMonthlyGross)} (éch. {last.Echelon}, {YearsBetween(start, last.Date):0.#} ans) |");
}
Console.WriteLine();
Console.WriteLine($"SMIC mensuel brut en métropole : {Euros(smic[0].Monthly)} au {Date(smic[0].ValidFrom)}, {Euros(smic[^1].Monthly)} au {Date(smic[^1].ValidFrom)} " +
    $"({smic.Count} valeurs dans les données de référence).");
var warnings = careers.SelectMany(c => c.Career.Warnings).Distinct().ToList();
if (warnings.Count > 0)
{
    Console.WriteLine();
    const int shown = 4;
    foreach (var warning in warnings.Take(shown)) Console.WriteLine($"> Avertissement : {FrenchMessage.ForReader(warning)}");
    if (warnings.Count > shown) Console.WriteLine($"> … et {warnings.Count - shown} autres avertissements (indemnité différentielle sur les bas échelons, etc.).");
}

string Euros(decimal value) => value.ToString("N2", fr) + " €";

string Date(DateOnly date) => date.ToString("dd/MM/yyyy", fr);

static decimal GrossAt(PublicCareer career, DateOnly date) =>
    career.Steps.Last(s => s.Date <= date).TotalMonthlyGross;

static double YearsBetween(DateOnly from, DateOnly to) => (to.DayNumber - from.DayNumber) / 365.25;

static string Rel(string path) => Path.GetRelativePath(Directory.GetCurrentDirectory(), path);

static class Notebook
{
    /// <summary>The folder of this source file, so the output lands in notebooks/out wherever the program runs from.</summary>
    public static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
