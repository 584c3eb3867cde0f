using System.Diagnostics;

namespace TimKnowledgeGraph.Tests.Infrastructure;

/// <summary>Waits for something a host does in the background (a live reload, a cache check).</summary>
public static class Eventually
{
    /// <summary>Generous: these are correctness tests, not timing tests (the benchmarks measure latency).</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>True as soon as <paramref name="condition"/> holds, polled every 100 ms; false after <see cref="Patience"/>.</summary>
    public static async Task<bool> TrueAsync(Func<Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Patience)
        {
            if (await condition()) return true;
            await Task.Delay(100);
        }
        return await condition();
    }
}
