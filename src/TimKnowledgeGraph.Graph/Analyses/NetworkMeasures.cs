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
        var i = Network.Layers.ToList().IndexOf(layerId);
        return i < 0 ? null : Layers[i];
    }
}
