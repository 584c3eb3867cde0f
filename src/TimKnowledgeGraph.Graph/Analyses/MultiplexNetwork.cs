namespace TimKnowledgeGraph.Graph.Analyses;

/// <summary>
/// The projection of one dataset: its actors (isolates included) with their region, and one undirected simple graph
/// per layer over all of them (node-aligned, as Battiston et al. 2014), plus the aggregate graph: the union of the
/// layers, where two actors are tied when they are tied in any layer. Tie direction, weight and repeats are dropped.
/// </summary>
public sealed record MultiplexNetwork(
    string DatasetId,
    IReadOnlyList<string> ActorIds,
    IReadOnlyList<string?> ActorNames,
    int[] RegionOf,
    IReadOnlyList<string> Regions,
    IReadOnlyList<string> Layers,
    IReadOnlyList<Adjacency> LayerGraphs,
    Adjacency Aggregate)
{
    public int ActorCount => ActorIds.Count;

    /// <summary>Every TIE as read (one entry per relationship, with its time when the dataset is timed): the period analyses count from these.</summary>
    public TieList Ties { get; init; } = new(0);

    /// <summary>The layers' names, natures and scales, in the order of <see cref="Layers"/> (empty when not read).</summary>
    public IReadOnlyList<LayerInfo> LayerInfos { get; init; } = [];

    /// <summary>The actors' kinds (person, firm, family, …), in the order of <see cref="ActorIds"/> (empty when not read).</summary>
    public IReadOnlyList<string?> ActorKinds { get; init; } = [];

    /// <summary>The regions' names as stored, in the order of <see cref="Regions"/>: null for one without (empty when not read).</summary>
    public IReadOnlyList<string?> StoredRegionNames { get; init; } = [];

    /// <summary>Region <paramref name="region"/>'s name as pages show it: its stored name, else its id.</summary>
    public string RegionName(int region) =>
        region < StoredRegionNames.Count && StoredRegionNames[region] is { } name ? name : Regions[region];

    /// <summary>
    /// Every PARTICIPATES_IN of the dataset's actors to its layers, timed or not (for a timed dataset the same list as
    /// <see cref="ProjectedTime.Participations"/>; without time, wave and dates are 0): multiplex participation's layersParticipated.
    /// </summary>
    public IReadOnlyList<ProjectedParticipation> Participations { get; init; } = [];

    /// <summary>The dataset's time (waves, dates, participations), or null for a dataset without time.</summary>
    public ProjectedTime? Time { get; init; }

    /// <summary>Whether layer <paramref name="layer"/> is declared directed (false when the layers' descriptions were not read).</summary>
    public bool IsDirected(int layer) => layer < LayerInfos.Count && LayerInfos[layer].Directed;

    /// <summary>
    /// Whether the aggregate is directed: when any layer is. Its arcs are then the directed layers' ties as they run and
    /// each tie of an undirected layer as two arcs, one each way (as sna reads symmetric data); with no directed layer
    /// it is the undirected union (<see cref="Aggregate"/>), as always.
    /// </summary>
    public bool IsAggregateDirected => Enumerable.Range(0, Layers.Count).Any(IsDirected);

    /// <summary>Layer <paramref name="layer"/> as a directed graph over all actors: each TIE an arc from its source to its target.</summary>
    public Digraph DirectedLayer(int layer) => Digraph.FromArcs(ActorCount, Ties.Sources(layer), Ties.Targets(layer));

    /// <summary>The directed aggregate (<see cref="IsAggregateDirected"/>).</summary>
    public Digraph DirectedAggregate()
    {
        var sources = new List<int>();
        var targets = new List<int>();
        for (var l = 0; l < Layers.Count; l++)
        {
            sources.AddRange(Ties.Sources(l));
            targets.AddRange(Ties.Targets(l));
            if (IsDirected(l)) continue;
            sources.AddRange(Ties.Targets(l));
            targets.AddRange(Ties.Sources(l));
        }
        return Digraph.FromArcs(ActorCount, [.. sources], [.. targets]);
    }

    /// <summary>Builds the network from ties given as actor indexes and layer indexes.</summary>
    public static MultiplexNetwork Build(
        string datasetId, IReadOnlyList<string> actorIds, IReadOnlyList<string?> actorNames, int[] regionOf,
        IReadOnlyList<string> regions, IReadOnlyList<string> layers, TieList ties)
    {
        var graphs = new Adjacency[layers.Count];
        for (var l = 0; l < layers.Count; l++)
        {
            graphs[l] = Adjacency.FromPairs(actorIds.Count, ties.Sources(l), ties.Targets(l));
        }
        return new MultiplexNetwork(datasetId, actorIds, actorNames, regionOf, regions, layers, graphs,
            Adjacency.Union(actorIds.Count, graphs)) { Ties = ties };
    }
}
