namespace TimKnowledgeGraph.Graph.Networks;

/// <summary>A network dataset as read from the graph, by local ids: its layers, every actor (isolates too) and ties (parallel ties kept).</summary>
public sealed record NetworkDataset(
    string Id,
    string? Title,
    IReadOnlyList<NetworkLayer> Layers,
    IReadOnlyList<NetworkActor> Actors,
    IReadOnlyList<NetworkTie> Ties);

/// <summary>One layer (a Network node).</summary>
public sealed record NetworkLayer(string Id, string? Name, string? Scale, string? Nature, string? Formality);

/// <summary>One actor (local id), with the region it is located in (if any) and the layers it participates in (possibly none).</summary>
public sealed record NetworkActor(string Id, string? Name, string? Kind, string? Region, string? RegionName, IReadOnlyList<string>? Layers = null)
{
    /// <summary>The layers it participates in, by id; empty for an isolate listed in no layer.</summary>
    public IReadOnlyList<string> Layers { get; init; } = Layers ?? [];
}

/// <summary>One TIE: directed as loaded, in one layer.</summary>
public sealed record NetworkTie(string? Key, string Source, string Target, string Layer, string? Resource, double Weight);
