// Notebook 02 — market data: the bundled sample (SYNTHETIC) by sector and région, and its calibration table
// (published target vs generated value, gap). Run from the repository root:   dotnet run notebooks/02-market-data.cs
// Writes notebooks/out/02-sectors.png, 02-regions.png and 02-calibration.png and prints markdown tables.
#:property PublishAot=false
#:package ScottPlot
#:project ../src/MedSec.Analytics/MedSec.Analytics.csproj

using System.Globalization;
using System.Runtime.CompilerServices;
using MedSec.Analytics;
using MedSec.Analytics.Imports;
using MedSec.Analytics.Sample;
using MedSec.Data.Frames;
using MedSec.Data.Ingestion;
using MedSec.Data.Sample;
using MedSec.Domain.Codes;
using MedSec.Domain.Observations;
using ScottPlot;

var fr = CultureInfo.GetCultureInfo("fr-FR");
var outDir = Path.Combine(Notebook.SourceFolder(), "out");
Directory.CreateDirectory(outDir);
const string Synthetic = "données synthétiques";

var services = MedSecServices.LoadDefault();
var parameters = SampleParameters.LoadDefault();
var figures = MarketFigures.LoadDefault();

// The sample as the ingestion reads it (the bundled copy of data/sample/observations.csv): full-time monthly gross.
var file = SampleParameters.DefaultObservationsPath();
var read = ObservationPipeline.Run("observations.csv", File.ReadAllBytes(file), new PayServiceLookups(services.Pay));
var rows = read.Observations.Rows.ToList();
decimal[] P = [0.10m, 0.25m, 0.50m, 0.75m, 0.90m];

// 1. By sector: P10–P90 boxes of the monthly gross (35 h), with n.
Sector[] sectors = [Sector.Public, Sector.Private, Sector.Remote];
var sectorLabels = new Dictionary<Sector, string> { [Sector.Public] = "Public (FPH)", [Sector.Private] = "Privé", [Sector.Remote] = "Télésecrétariat" };
var bySector = sectors.ToDictionary(s => s, s => rows.Where(r => r.Observation.Sector == s).Select(r => r.MonthlyGross).ToArray());
var sectorPlot = new Plot();
sectorPlot.Font.Set("DejaVu Sans");
var boxes = sectors.Select((s, i) =>
{
    var q = Quantiles(bySector[s]);
    return new Box { Position = i, WhiskerMin = (double)q[0], BoxMin = (double)q[1], BoxMiddle = (double)q[2], BoxMax = (double)q[3], WhiskerMax = (double)q[4] };
}).ToList();
sectorPlot.Add.Boxes(boxes);
sectorPlot.Axes.Bottom.SetTicks([.. sectors.Select((_, i) => (double)i)],
    [.. sectors.Select(s => $"{sectorLabels[s]}\nn = {bySector[s].Length.ToString("N0", fr)}")]);
sectorPlot.Title($"Brut mensuel temps plein par secteur — P10, P25, médiane, P75, P90 ({Synthetic})");
sectorPlot.YLabel("Brut mensuel, 35 h (€)");
sectorPlot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => v.ToString("N0", fr) };
var sectorPng = Path.Combine(outDir, "02-sectors.png");
sectorPlot.SavePng(sectorPng, 1000, 600);

// 2. By région: median monthly gross of private and public rows, régions ordered by their private median.
var regions = CodeBook.RegionNames.Keys
    .Select(code => (Code: code, Name: CodeBook.RegionNames[code],
        Private: rows.Where(r => r.Observation.Region.Code == code && r.Observation.Sector == Sector.Private).Select(r => r.MonthlyGross).ToArray(),
        Public: rows.Where(r => r.Observation.Region.Code == code && r.Observation.Sector == Sector.Public).Select(r => r.MonthlyGross).ToArray()))
    .Where(r => r.Private.Length > 0)
    .OrderBy(r => Percentiles.Type7(r.Private, 0.5m))
    .ToList();
var regionPlot = new Plot();
regionPlot.Font.Set("DejaVu Sans");
var privateBars = regionPlot.Add.Bars(regions.Select((r, i) => new Bar
{
    Position = i * 3, Value = (double)Percentiles.Type7(r.Private, 0.5m), FillColor = Colors.SteelBlue, Orientation = Orientation.Horizontal,
}).ToList());
var publicBars = regionPlot.Add.Bars(regions.Where(r => r.Public.Length > 0).Select(r => new Bar
{
    Position = regions.IndexOf(r) * 3 + 1, Value = (double)Percentiles.Type7(r.Public, 0.5m), FillColor = Colors.DarkOrange, Orientation = Orientation.Horizontal,
}).ToList());
privateBars.LegendText = "Privé (médiane)";
publicBars.LegendText = "Public (médiane)";
regionPlot.Axes.Left.SetTicks([.. regions.Select((_, i) => i * 3 + 0.5)], [.. regions.Select(r => $"{r.Name} (n = {Count(r.Private.Length + r.Public.Length)})")]);
regionPlot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => v.ToString("N0", fr) };
regionPlot.Axes.SetLimitsX(1500, 3000);
regionPlot.Title($"Brut mensuel médian temps plein par région ({Synthetic})");
regionPlot.XLabel("Brut mensuel, 35 h (€)");
regionPlot.ShowLegend(Alignment.LowerRight);
var regionPng = Path.Combine(outDir, "02-regions.png");
regionPlot.SavePng(regionPng, 1100, 800);

// 3. Calibration: the published targets (PCS 542A 2023, gross) against the generated private percentiles.
var table = new SampleCalibration(services.Pay, parameters, figures).Table([.. rows.Select(r => r.Observation)]);
var percentileRows = table.Where(r => r.Binding && r.Measure.StartsWith("privé P", StringComparison.Ordinal)).ToList();
var calibrationPlot = new Plot();
calibrationPlot.Font.Set("DejaVu Sans");
var targetBars = calibrationPlot.Add.Bars(percentileRows.Select((r, i) => new Bar { Position = i * 3, Value = (double)r.Target, FillColor = Colors.Gray }).ToList());
var generatedBars = calibrationPlot.Add.Bars(percentileRows.Select((r, i) => new Bar
{
    Position = i * 3 + 1, Value = (double)r.Generated, FillColor = Colors.SteelBlue,
    Label = r.GapPercent.ToString("+0.0;-0.0;0.0", fr) + " %",
}).ToList());
generatedBars.ValueLabelStyle.FontSize = 13;
targetBars.LegendText = "Cible : PCS 542A 2023, net → brut (service de paie)";
generatedBars.LegendText = "Échantillon généré (privé)";
calibrationPlot.Axes.Bottom.SetTicks([.. percentileRows.Select((_, i) => i * 3 + 0.5)], [.. percentileRows.Select(r => r.Measure.Split(' ')[1])]);
calibrationPlot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => v.ToString("N0", fr) };
calibrationPlot.Axes.Margins(bottom: 0);
calibrationPlot.Title($"Calibration des lignes privées : cible et valeur générée, écart ({Synthetic})");
calibrationPlot.YLabel("Brut mensuel, 35 h (€)");
calibrationPlot.ShowLegend(Alignment.UpperLeft);
var calibrationPng = Path.Combine(outDir, "02-calibration.png");
calibrationPlot.SavePng(calibrationPng, 1000, 600);

// 4. Markdown.
Console.WriteLine($"# Données de marché — échantillon **synthétique** ({rows.Count.ToString("N0", fr)} lignes, graine {parameters.Int("seed")})");
Console.WriteLine();
Console.WriteLine($"Lu comme `medsec ingest` le lit : {Count(read.Accepted)} acceptées, {Count(read.Rejected)} rejetées, {Count(read.Flagged)} signalées. " +
    $"Graphiques : `{Rel(sectorPng)}`, `{Rel(regionPng)}`, `{Rel(calibrationPng)}`.");
Console.WriteLine();
Console.WriteLine("## Par secteur (brut mensuel temps plein)");
Console.WriteLine();
Console.WriteLine("| secteur | n | P10 | P25 | médiane | P75 | P90 |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
foreach (var s in sectors)
    Console.WriteLine($"| {sectorLabels[s]} | {bySector[s].Length.ToString("N0", fr)} | {string.Join(" | ", Quantiles(bySector[s]).Select(Euros))} |");
Console.WriteLine();
Console.WriteLine("## Par région (médianes, brut mensuel temps plein)");
Console.WriteLine();
Console.WriteLine("| région | n privé | médiane privé | n public | médiane public |");
Console.WriteLine("|---|---:|---:|---:|---:|");
foreach (var r in regions.AsEnumerable().Reverse())
    Console.WriteLine($"| {r.Name} ({r.Code}) | {Count(r.Private.Length)} | {Euros(Percentiles.Type7(r.Private, 0.5m))} | {Count(r.Public.Length)} | " +
        $"{(r.Public.Length >= 5 ? Euros(Percentiles.Type7(r.Public, 0.5m)) : "—")} |");
Console.WriteLine();
Console.WriteLine("## Calibration (cible publiée, valeur générée, écart)");
Console.WriteLine();
Console.WriteLine("| mesure | cible | plage acceptée | généré | écart | contrainte |");
Console.WriteLine("|---|---:|---|---:|---:|---|");
foreach (var r in table)
{
    var range = r.High == decimal.MaxValue ? $"≥ {Number(r.Low)}" : $"{Number(r.Low)} – {Number(r.High)}";
    Console.WriteLine($"| {r.Measure} | {Number(r.Target)} | {range} | {Number(r.Generated)} | {r.GapPercent.ToString("+0.0;-0.0;0.0", fr)} %{(r.Within ? "" : " (hors plage)")} " +
        $"| {(r.Binding ? "oui" : "contexte")} |");
}
Console.WriteLine();
Console.WriteLine("Sources : data/sample/generator_parameters.csv (chaque paramètre avec sa source) et data/reference/market_figures.csv. " +
    "Ces observations sont **synthétiques** : aucune n'est une fiche de paie, une enquête ou une offre réelle.");

decimal[] Quantiles(decimal[] values)
{
    var result = new decimal[P.Length];
    Percentiles.Type7(values, P, result);
    return result;
}

string Euros(decimal value) => value.ToString("N0", fr) + " €";

string Count(long value) => value.ToString("N0", fr);

string Number(decimal value) => value.ToString(value < 10m ? "0.###" : "N2", fr);

static string Rel(string path) => Path.GetRelativePath(Directory.GetCurrentDirectory(), path);

static class Notebook
{
    /// <summary>The folder of this source file, so the output lands in notebooks/out wherever the program runs from.</summary>
    public static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
