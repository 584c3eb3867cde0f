namespace TimKnowledgeGraph.Graph.Analyses;

/// <summary>How betweenness was computed: exactly, or estimated from <see cref="SampleSize"/> sources drawn with <see cref="Seed"/>.</summary>
public sealed record BetweennessMethod(bool Sampled, int SampleSize, int Seed)
{
    public static BetweennessMethod Exact { get; } = new(false, 0, 0);

    /// <summary>"exact", or "sampled, k = 1000" (what the output says next to the values).</summary>
    public string Label => Sampled ? $"sampled, k = {SampleSize}" : "exact";
}
