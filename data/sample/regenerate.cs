// Regenerates data/sample/observations.csv from data/sample/generator_parameters.csv and data/reference/ (synthetic data).
// Run from the repository root:   dotnet run data/sample/regenerate.cs
// Prints the calibration table (target vs generated); a test checks that the committed file is exactly what the seed gives.
#:property PublishAot=false
#:project ../../src/MedSec.Analytics/MedSec.Analytics.csproj

using System.Runtime.CompilerServices;
using MedSec.Analytics;
using MedSec.Analytics.Sample;
using MedSec.Data.Reference;
using MedSec.Data.Sample;

var sample = Here();
var reference = Path.Combine(sample, "..", "reference");
var services = new MedSecServices(ReferenceDataLoader.Load(reference));
var parameters = SampleParameters.Load(sample);
var figures = MarketFigures.Load(reference);

var generator = new SampleGenerator(services.Pay, parameters, figures);
var path = Path.Combine(sample, "observations.csv");
File.WriteAllBytes(path, generator.GenerateCsv());
Console.WriteLine($"Wrote {Path.GetFullPath(path)} (seed {generator.Seed}, {parameters.Int("rows")} rows, all synthetic).");

Console.WriteLine();
Console.WriteLine("| measure | target | accepted | generated | gap |");
Console.WriteLine("|---|---:|---|---:|---:|");
foreach (var r in new SampleCalibration(services.Pay, parameters, figures).Table(generator.Generate()))
{
    var range = r.High == decimal.MaxValue ? $"≥ {N(r.Low)}" : $"{N(r.Low)} – {N(r.High)}";
    Console.WriteLine($"| {r.Measure} | {N(r.Target)} | {range} | {N(r.Generated)} | {r.GapPercent:+0.0;-0.0;0.0} %{(r.Within ? "" : " (outside)")} |");
}

static string N(decimal value) => value.ToString(value < 10m ? "0.000" : "0.00", System.Globalization.CultureInfo.InvariantCulture);

static string Here([CallerFilePath] string file = "") => Path.GetDirectoryName(file)!;
