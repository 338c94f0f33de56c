// Notebook 03 — the pay model: predicted vs actual, coverage of the 80 % interval by sector, and pay against experience
// for the three sectors with the public grid drawn over them. Trains the model on the bundled (synthetic) sample with the
// default options, as `medsec train` does, and scores it on its held-out test rows.
// Run from the repository root:   dotnet run notebooks/03-pay-model.cs
// Writes notebooks/out/03-predicted-vs-actual.png, 03-coverage-by-sector.png, 03-pay-vs-experience.png and prints a
// markdown summary (the figures of `medsec evaluate`).
#:property PublishAot=false
#:package ScottPlot
#:project ../src/MedSec.Analytics/MedSec.Analytics.csproj

using System.Globalization;
using System.Runtime.CompilerServices;
using MedSec.Analytics;
using MedSec.Analytics.Estimation;
using MedSec.Analytics.Estimation.Evaluation;
using MedSec.Analytics.Estimation.Model;
using MedSec.Analytics.Market;
using MedSec.Analytics.Pay;
using MedSec.Data.Ingestion;
using MedSec.Domain.Codes;
using ScottPlot;

var fr = CultureInfo.GetCultureInfo("fr-FR");
var outDir = Path.Combine(Notebook.SourceFolder(), "out");
Directory.CreateDirectory(outDir);
var services = MedSecServices.LoadDefault();

var data = MarketData.Load(services.Pay, MarketData.DefaultSampleFile(), databasePath: null);
var set = TrainingSet.From(data.Observations);
var options = TrainingOptions.Default;
var split = set.Split(options);
var model = PayModelTrainer.Train(set, split, options);
var m = model.Metadata;
var info = new ModelInfo(ModelInfo.Trained, "notebook 03", m.Trainer, m.TrainedAt, m.Rows, m.DataHash, m.SyntheticShare, m.DataFrom, m.DataTo, null);
var estimator = new PayEstimator(model, services.Pay, info);
var metrics = ModelEvaluation.Score(estimator, set, split);

// 1. Predicted median vs actual monthly gross on the test rows, one colour per sector.
var sectors = new (Sector Sector, string Label, Color Color)[]
{
    (Sector.Public, "Public (FPH)", Colors.SteelBlue), (Sector.Private, "Privé", Colors.DarkOrange), (Sector.Remote, "Télésecrétariat", Colors.SeaGreen),
};
var test = split.Test.Select(i => set.Rows[i]).Select(r => (Row: r, Estimate: estimator.Estimate(r.ToProfile(), explain: false))).ToList();
var scatter = NewPlot();
foreach (var (sector, label, color) in sectors)
{
    var rows = test.Where(t => t.Row.Sector == sector).ToList();
    var points = scatter.Add.ScatterPoints(rows.Select(t => (double)t.Row.MonthlyGross).ToArray(), rows.Select(t => (double)t.Estimate.Median).ToArray());
    points.Color = color.WithAlpha(0.45);
    points.MarkerSize = 3;
    points.LegendText = $"{label} ({Count(rows.Count)} lignes)";
}
var (low, high) = (test.Min(t => (double)t.Row.MonthlyGross), test.Max(t => (double)t.Row.MonthlyGross));
var diagonal = scatter.Add.Line(low, low, high, high);
diagonal.Color = Colors.Black.WithAlpha(0.6);
diagonal.LinePattern = LinePattern.Dashed;
diagonal.LegendText = "prédit = observé";
scatter.Title($"Médiane prédite et salaire observé — {Count(test.Count)} lignes de test (données synthétiques)");
scatter.XLabel("Brut mensuel observé (€, 35 h)");
scatter.YLabel("Médiane prédite (€, 35 h)");
FrenchTicks(scatter, bottom: true);
scatter.ShowLegend(Alignment.UpperLeft);
var scatterPng = Save(scatter, "03-predicted-vs-actual.png", 1000, 800);

// 2. Coverage of the P10–P90 interval by sector, against the 80 % target and the accepted 75–85 % band.
var coverage = NewPlot();
var bars = sectors.Select((s, i) => new Bar
{
    Position = i,
    Value = metrics.Coverage80BySector.GetValueOrDefault(CodeBook.Sectors.ToCode(s.Sector)) * 100,
    FillColor = s.Color,
    Label = (metrics.Coverage80BySector.GetValueOrDefault(CodeBook.Sectors.ToCode(s.Sector)) * 100).ToString("0.0", fr) + " %",
}).Append(new Bar { Position = sectors.Length, Value = metrics.Coverage80 * 100, FillColor = Colors.Gray, Label = (metrics.Coverage80 * 100).ToString("0.0", fr) + " %" }).ToList();
coverage.Add.Bars(bars);
var band = coverage.Add.VerticalSpan(75, 85);
band.FillStyle.Color = Colors.Green.WithAlpha(0.12);
band.LegendText = "bande acceptée 75–85 %";
var target = coverage.Add.HorizontalLine(80);
target.LinePattern = LinePattern.Dashed;
target.LegendText = "cible 80 %";
coverage.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
    [.. Enumerable.Range(0, sectors.Length + 1).Select(i => (double)i)], [.. sectors.Select(s => s.Label).Append("Ensemble")]);
coverage.Axes.SetLimits(-0.6, sectors.Length + 0.6, 0, 100);
coverage.Title("Part des lignes de test entre P10 et P90, par secteur (données synthétiques)");
coverage.YLabel("Couverture (%)");
coverage.ShowLegend(Alignment.LowerRight);
var coveragePng = Save(coverage, "03-coverage-by-sector.png", 900, 600);

// 3. Pay against experience: the model's median and P10–P90 for a typical profile of each sector (Auvergne-Rhône-Alpes,
// options filled in as the estimator fills them), the sample's rows behind it, and the public grids drawn over them.
var date = new DateOnly(2023, 10, 1);
var years = Enumerable.Range(0, 41).Select(y => (decimal)y).ToArray();
var curves = NewPlot();
foreach (var (sector, label, color) in sectors)
{
    var rows = set.Rows.Where(r => r.Sector == sector && r.ExperienceYears is not null).ToList();
    var dots = curves.Add.ScatterPoints(rows.Select(r => (double)r.ExperienceYears!.Value).ToArray(), rows.Select(r => (double)r.MonthlyGross).ToArray());
    dots.Color = color.WithAlpha(0.08);
    dots.MarkerSize = 2;
    var estimates = years.Select(y => estimator.Estimate(new PayProfile(sector, new Region("84"), y, Date: date), explain: false)).ToList();
    var xs = years.Select(y => (double)y).ToArray();
    var fill = curves.Add.FillY(xs, [.. estimates.Select(e => (double)e.P10)], [.. estimates.Select(e => (double)e.P90)]);
    fill.FillColor = color.WithAlpha(0.18);
    fill.LineColor = Colors.Transparent;
    var median = curves.Add.ScatterLine(xs, [.. estimates.Select(e => (double)e.Median)]);
    median.Color = color;
    median.LineWidth = 2.5f;
    median.LegendText = $"{label} : médiane du modèle et P10–P90";
}
foreach (var (grade, label, pattern) in new[] { (GradeCode.AmaCn, "Grille AMA classe normale (cat. B)", LinePattern.Dashed), (GradeCode.AahC1, "Grille adjoint administratif (cat. C1)", LinePattern.Dotted) })
{
    var career = services.Pay.PublicCareer(new PublicCareerQuery(grade, date, 40));
    var grid = years.Select(y =>
    {
        var step = career.Steps.Last(s => s.Date <= date.AddDays((int)(365.25 * (double)y)));
        return (double)services.Pay.PublicPay(new PublicPayQuery(grade, step.Echelon, date)).TotalWithAllowances;
    }).ToArray();
    var line = curves.Add.ScatterLine(years.Select(y => (double)y).ToArray(), grid);
    line.ConnectStyle = ConnectStyle.StepHorizontal;
    line.Color = Colors.Navy;
    line.LinePattern = pattern;
    line.LineWidth = 2;
    line.LegendText = $"{label}, primes comprises, au {date.ToString("dd/MM/yyyy", fr)}";
}
curves.Title("Brut mensuel selon l'expérience — modèle, échantillon synthétique et grilles publiques");
curves.XLabel("Années d'expérience");
curves.YLabel("Brut mensuel (€, 35 h)");
FrenchTicks(curves, bottom: false);
curves.Axes.SetLimitsX(-0.5, 40.5);
curves.ShowLegend(Alignment.UpperLeft);
var curvesPng = Save(curves, "03-pay-vs-experience.png", 1200, 750);

// 4. Markdown summary: the figures of `medsec evaluate`.
Console.WriteLine("# Modèle de salaire — synthèse (données synthétiques)");
Console.WriteLine();
Console.WriteLine($"{Count(m.Rows)} observations ({Count(m.TrainRows)} entraînement, {Count(m.CalibrationRows)} calibrage, {Count(m.TestRows)} test), graine {options.Seed}. " +
    $"Graphiques : `{Rel(scatterPng)}`, `{Rel(coveragePng)}`, `{Rel(curvesPng)}`.");
Console.WriteLine();
Console.WriteLine("| mesure | valeur |");
Console.WriteLine("|---|---:|");
Console.WriteLine($"| MAE du modèle | {Euros(metrics.MaeModel)} |");
Console.WriteLine($"| MAE de la référence (médiane secteur × région × expérience) | {Euros(metrics.MaeBaseline)} |");
Console.WriteLine($"| couverture P10–P90, ensemble | {Percent(metrics.Coverage80)} |");
foreach (var (sector, share) in metrics.Coverage80BySector)
    Console.WriteLine($"| couverture P10–P90, {(CodeBook.Sectors.TryParse(sector, out var s) ? FrenchLabels.Sector(s).ToLowerInvariant() : sector)} | {Percent(share)} |");
if (OutsideChecks.Run(estimator, set, services.Pay) is { } check)
{
    Console.WriteLine();
    Console.WriteLine("| contrôle extérieur | modèle | échantillon | publié (brut) | écart |");
    Console.WriteLine("|---|---:|---:|---:|---:|");
    foreach (var r in check.National.Concat(check.Regional))
        Console.WriteLine($"| {r.Measure} ({r.FigureId}) | {Euros(r.Model)} | {Euros(r.Sample)} | {Euros(r.Outside)} | {r.GapPercent.ToString("+0.0;-0.0;0.0", fr)} % |");
}

Plot NewPlot()
{
    var plot = new Plot();
    plot.Font.Set("DejaVu Sans");
    return plot;
}

void FrenchTicks(Plot plot, bool bottom)
{
    plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => v.ToString("N0", fr) };
    if (bottom) plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => v.ToString("N0", fr) };
}

string Save(Plot plot, string name, int width, int height)
{
    var path = Path.Combine(outDir, name);
    plot.SavePng(path, width, height);
    return path;
}

string Euros(decimal value) => value.ToString("N0", fr) + " €";

string Count(int value) => value.ToString("N0", fr);

string Percent(double share) => (share * 100).ToString("0.0", fr) + " %";

static string Rel(string path) => Path.GetRelativePath(Directory.GetCurrentDirectory(), path);

static class Notebook
{
    /// <summary>The folder of this source file, so the output lands in notebooks/out wherever the program runs from.</summary>
    public static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
