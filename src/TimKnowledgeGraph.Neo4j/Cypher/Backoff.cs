namespace TimKnowledgeGraph.Neo4j.Cypher;

/// <summary>Exponential backoff with jitter for retrying whole transactions.</summary>
internal static class Backoff
{
    /// <summary>Growth stops here (unless the first delay is already longer), so a long retry budget still retries.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);

    /// <summary>The delay before retry number <paramref name="retry"/> (0 for the first retry).</summary>
    /// <param name="random">A number in [0, 1).</param>
    public static TimeSpan Delay(TimeSpan first, int retry, double random)
    {
        var cap = Math.Max(first.TotalMilliseconds, MaxDelay.TotalMilliseconds);
        var exponential = Math.Min(first.TotalMilliseconds * Math.Pow(2, retry), cap);
        // ±20 % jitter so that clients failing together (deadlock victims, a restarted server) do not retry in lockstep.
        return TimeSpan.FromMilliseconds(exponential * (0.8 + 0.4 * random));
    }
}
