using System.Diagnostics;

namespace TimKnowledgeGraph.Benchmarks.Harness;

/// <summary>Samples this process's working set on a timer; reports the peak seen and the OS's own peak.</summary>
public sealed class MemorySampler : IDisposable
{
    private readonly Timer _timer;
    private long _peak;

    public MemorySampler()
    {
        _peak = Sample();
        _timer = new Timer(_ => Interlocked.Exchange(ref _peak, Math.Max(Interlocked.Read(ref _peak), Sample())), null, 0, 50);
    }

    /// <summary>Largest sampled working set, in bytes.</summary>
    public long PeakSampled => Interlocked.Read(ref _peak);

    /// <summary>The process's peak working set as the OS reports it (since process start).</summary>
    public static long ProcessPeak
    {
        get
        {
            using var p = Process.GetCurrentProcess();
            return p.PeakWorkingSet64;
        }
    }

    public void Dispose() => _timer.Dispose();

    private static long Sample()
    {
        using var p = Process.GetCurrentProcess();
        return p.WorkingSet64;
    }
}
