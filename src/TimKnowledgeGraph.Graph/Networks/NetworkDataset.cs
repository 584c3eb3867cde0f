using TimKnowledgeGraph.Domain.GraphModel;

namespace TimKnowledgeGraph.Graph.Networks;

/// <summary>A network dataset as read from the graph, by local ids: its layers, every actor (isolates too) and ties (parallel ties kept).</summary>
public sealed record NetworkDataset(
    string Id,
    string? Title,
    IReadOnlyList<NetworkLayer> Layers,
    IReadOnlyList<NetworkActor> Actors,
    IReadOnlyList<NetworkTie> Ties)
{
    /// <summary>The free text of its dataset.md (null when none).</summary>
    public string? Body { get; init; }

    /// <summary>The dataset's wave ids in declared order (empty when it has none).</summary>
    public IReadOnlyList<string> Waves { get; init; } = [];

    /// <summary>The waves' names as its dataset.md declares them, one per wave id when any has one (empty otherwise).</summary>
    public IReadOnlyList<string> WaveNames { get; init; } = [];

    /// <summary>The name of the wave at <paramref name="index"/> (0-based), or null when it has none.</summary>
    public string? WaveName(int index) => index < WaveNames.Count && WaveNames[index] is { Length: > 0 } name ? name : null;

    /// <summary>
    /// The regions its import declared, by id, also those no actor is located in (the exports add its actors' regions);
    /// empty for a dataset loaded from content.
    /// </summary>
    public IReadOnlyList<NetworkRegion> Regions { get; init; } = [];
}

/// <summary>A region a dataset declares.</summary>
public sealed record NetworkRegion(string Id, string? Name);

/// <summary>When a tie or an actor's listed participations hold (time-schema); all null: timeless.</summary>
public sealed record NetworkSpell(string? ValidFrom, string? ValidTo, string? Wave, long? WaveIndex)
{
    /// <summary>No time.</summary>
    public static readonly NetworkSpell None = new(null, null, null, null);

    /// <summary>Whether it has dates (as opposed to only a wave, or nothing).</summary>
    public bool HasDates => ValidFrom is not null || ValidTo is not null;
}

/// <summary>
/// One layer (a Network node); <paramref name="InstanceOf"/>: the network-kind concept it is an instance of, if any;
/// <paramref name="Directed"/>: declared directed (dataset.md <c>directed: true</c>).
/// </summary>
public sealed record NetworkLayer(string Id, string? Name, string? Scale, string? Nature, string? Formality, string? InstanceOf = null, bool Directed = false);

/// <summary>One actor (local id), with the region it is located in (if any) and the layers it participates in (possibly none).</summary>
public sealed record NetworkActor(string Id, string? Name, string? Kind, string? Region, string? RegionName, IReadOnlyList<string>? Layers = null)
{
    /// <summary>
    /// Its descriptive properties by name (<see cref="ActorShape.Attributes"/>), as the network query returned them;
    /// the exports write each. Built from <see cref="Name"/> and <see cref="Kind"/> when not given.
    /// </summary>
    public IReadOnlyDictionary<string, string?> Attributes { get; init; } =
        new Dictionary<string, string?>(StringComparer.Ordinal) { [ActorShape.Name] = Name, [ActorShape.Kind] = Kind };

    /// <summary>The layers it participates in, by id; empty for an isolate listed in no layer.</summary>
    public IReadOnlyList<string> Layers { get; init; } = Layers ?? [];

    /// <summary>The layers its own row lists (actors.csv <c>layers</c>), as opposed to those only its ties imply; null when not known.</summary>
    public IReadOnlyList<string>? ListedLayers { get; init; }

    /// <summary>When the participations its own row lists hold (actors.csv from, to, wave).</summary>
    public NetworkSpell Time { get; init; } = NetworkSpell.None;
}

/// <summary>One TIE: directed as loaded, in one layer.</summary>
public sealed record NetworkTie(string? Key, string Source, string Target, string Layer, string? Resource, double Weight)
{
    /// <summary>When it holds.</summary>
    public NetworkSpell Time { get; init; } = NetworkSpell.None;
}
