namespace MedSec.Bench;

/// <summary>The process's peak resident set (VmHWM of /proc/self/status), in MB; -1 off Linux.</summary>
public static class PeakMemory
{
    public static double Megabytes()
    {
        const string path = "/proc/self/status";
        if (!File.Exists(path)) return -1;
        foreach (var line in File.ReadLines(path))
        {
            if (!line.StartsWith("VmHWM:", StringComparison.Ordinal)) continue;
            var kb = long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
            return kb / 1024.0;
        }
        return -1;
    }
}
