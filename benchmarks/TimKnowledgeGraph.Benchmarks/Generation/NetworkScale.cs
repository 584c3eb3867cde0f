namespace TimKnowledgeGraph.Benchmarks.Generation;

/// <summary>A synthetic network size; with <see cref="Waves"/> &gt; 0, a panel of that many waves (the ties count rows, one per tie and wave).</summary>
public sealed record NetworkScale(string Name, int Actors, int Ties)
{
    /// <summary>Waves of the panel (0: no time, as before).</summary>
    public int Waves { get; init; }

    public static readonly NetworkScale Small = new("small", 1_000, 10_000);
    public static readonly NetworkScale Medium = new("medium", 10_000, 100_000);
    public static readonly NetworkScale Large = new("large", 100_000, 1_000_000);

    /// <summary>The size the load test imports next to the seed corpus (issue 12's 300,000-tie dataset); not one of <see cref="All"/>.</summary>
    public static readonly NetworkScale Ties300K = new("300k", 30_000, 300_000);

    public static readonly IReadOnlyList<NetworkScale> All = [Small, Medium, Large];

    public static NetworkScale Parse(string name) =>
        All.Append(Ties300K).FirstOrDefault(s => s.Name == name) ?? throw new ArgumentException($"unknown scale '{name}' (small, medium, large, 300k)");
}
