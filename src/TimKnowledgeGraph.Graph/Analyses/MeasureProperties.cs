namespace TimKnowledgeGraph.Graph.Analyses;

/// <summary>
/// The properties the measures write back: aggregate measures on each <c>Actor</c>, per-layer measures on its
/// <c>PARTICIPATES_IN</c> relationship to that layer's <c>Network</c>, and how they were computed on the <c>Dataset</c>.
/// They belong to the analysis, not to the content: the content sync ignores them when it compares (one list, here).
/// An undefined value (the constraint of an actor without ties) is written as no property.
/// </summary>
internal static class MeasureProperties
{
    public const string Degree = "degree";
    /// <summary>On a directed graph only (a directed layer, or the aggregate when any layer is directed).</summary>
    public const string InDegree = "inDegree";
    public const string OutDegree = "outDegree";
    public const string MultiplexDegree = "multiplexDegree";
    public const string Participation = "participation";
    public const string Betweenness = "betweenness";
    public const string EffectiveSize = "effectiveSize";
    public const string Constraint = "constraint";
    public const string Coordinator = "gfCoordinator";
    public const string Itinerant = "gfItinerant";
    public const string Representative = "gfRepresentative";
    public const string Gatekeeper = "gfGatekeeper";
    public const string Liaison = "gfLiaison";
    public const string Brokerage = "gfTotal";

    /// <summary>On the Dataset: "exact" or "sampled, k = …", and when the measures were written.</summary>
    public const string BetweennessMethod = "measuresBetweenness";
    public const string WrittenAt = "measuresWrittenAt";

    /// <summary>On the Dataset: "current" once written, "stale" when the data changed and the values were removed.</summary>
    public const string State = "measuresState";

    /// <summary>Every property the measures write, on any node or relationship.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Degree, InDegree, OutDegree, MultiplexDegree, Participation, Betweenness, EffectiveSize, Constraint,
        Coordinator, Itinerant, Representative, Gatekeeper, Liaison, Brokerage, BetweennessMethod, WrittenAt, State,
    };
}
