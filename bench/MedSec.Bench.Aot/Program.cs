using System.Globalization;
using MedSec.Analytics;
using MedSec.Analytics.Imports;
using MedSec.Bench;

// Native AOT build of the MedSec engine, run by `compare` as medsec-aot: phase medsec FILE [--threads T] [--runs R]
if (args.Length < 3 || args[0] != "phase" || args[1] != "medsec")
{
    Console.Error.WriteLine("usage: MedSec.Bench.Aot phase medsec FILE [--threads T] [--runs R]");
    return 2;
}
int IntOption(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}
var path = args[2];
var threads = IntOption("--threads", 1);
var lookups = new PayServiceLookups(MedSecServices.LoadDefault().Pay);
var geography = MedSec.Data.Geography.FrenchGeography.LoadDefault();
return PhaseCommand.Run(IntOption("--runs", 5), () => MedSecPhase.Run(path, lookups, geography, threads));
