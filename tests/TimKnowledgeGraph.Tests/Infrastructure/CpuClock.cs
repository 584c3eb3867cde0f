using System.Globalization;

namespace TimKnowledgeGraph.Tests.Infrastructure;

/// <summary>
/// The CPU time the calling thread uses from <see cref="StartNew"/> on, for bounds on synchronous work ("linear, not
/// quadratic"): unlike wall-clock time it does not grow when other test classes, Neo4j and Chromium share the two
/// cores (a 3.4 s render took 15.3 s of wall-clock time beside three busy loops, against a bound of 20 s). Read from
/// /proc (Linux), in clock ticks of 1/100 s.
/// </summary>
public sealed class CpuClock
{
    private readonly TimeSpan _start = Used("/proc/thread-self/stat");

    private CpuClock()
    {
    }

    /// <summary>Starts counting the calling thread's CPU time; read <see cref="Elapsed"/> on the same thread.</summary>
    public static CpuClock StartNew() => new();

    /// <summary>The CPU time the thread has used since <see cref="StartNew"/>.</summary>
    public TimeSpan Elapsed => Used("/proc/thread-self/stat") - _start;

    /// <summary>utime + stime of a process or thread, from its stat file (fields 14 and 15).</summary>
    public static TimeSpan Used(string statFile)
    {
        var stat = File.ReadAllText(statFile);
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0);
    }
}
