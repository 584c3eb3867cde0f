namespace TimKnowledgeGraph.Graph.Analyses;

/// <summary>Every measure of one dataset: on the aggregate graph, per layer, and across layers (participation).</summary>
public sealed record NetworkMeasures(
    MultiplexNetwork Network,
    GraphMeasures Aggregate,
    IReadOnlyList<GraphMeasures> Layers,
    int[] MultiplexDegree,
    double[] Participation,
    BetweennessMethod Method,
    MeasureTimings Timings)
{
    /// <summary>The measures of layer <paramref name="layerId"/>, or of the aggregate when it is null; null for an unknown layer.</summary>
    public GraphMeasures? For(string? layerId)
    {
        if (layerId is null) return Aggregate;
        var layers = Network.Layers.ToList();
        var i = layers.IndexOf(layerId);
        // The layer's own id (rsa-network) names it as well as its node id (preface-network/rsa-network): dataset ids
        // hold no '/', so the part after the first one is the layer's id.
        if (i < 0) i = layers.FindIndex(l => l.IndexOf('/') is var slash and >= 0 && l.AsSpan(slash + 1).SequenceEqual(layerId));
        return i < 0 ? null : Layers[i];
    }
}
