using System.Diagnostics;
using System.Globalization;

namespace MedSec.Bench;

/// <summary>The process's CPU time (user and kernel) and minor page faults so far (Linux: /proc/self/stat; faults 0 elsewhere).</summary>
public readonly record struct ProcessCounters(double UserMilliseconds, double KernelMilliseconds, long MinorFaults)
{
    public static ProcessCounters Now()
    {
        using var process = Process.GetCurrentProcess();
        return new ProcessCounters(process.UserProcessorTime.TotalMilliseconds, process.PrivilegedProcessorTime.TotalMilliseconds, MinorFaultsSoFar());
    }

    public static ProcessCounters operator -(ProcessCounters a, ProcessCounters b) =>
        new(a.UserMilliseconds - b.UserMilliseconds, a.KernelMilliseconds - b.KernelMilliseconds, a.MinorFaults - b.MinorFaults);

    /// <summary>Field 10 of /proc/self/stat (minflt), counted after the command name, which is in parentheses and may hold spaces.</summary>
    private static long MinorFaultsSoFar()
    {
        try
        {
            var stat = File.ReadAllText("/proc/self/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(fields[7], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
