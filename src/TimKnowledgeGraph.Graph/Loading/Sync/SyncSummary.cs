namespace TimKnowledgeGraph.Graph.Loading.Sync;

/// <summary>What a sync did, per node label and per relationship type (labels and types with no elements are left out).</summary>
public sealed record SyncSummary(
    IReadOnlyDictionary<string, ChangeCounts> Nodes,
    IReadOnlyDictionary<string, ChangeCounts> Relationships)
{
    /// <summary>A sync that found nothing.</summary>
    public static readonly SyncSummary Empty = new(new Dictionary<string, ChangeCounts>(), new Dictionary<string, ChangeCounts>());

    /// <summary>All node labels together.</summary>
    public ChangeCounts NodeTotals => Nodes.Values.Aggregate(ChangeCounts.None, (a, b) => a + b);

    /// <summary>All relationship types together.</summary>
    public ChangeCounts RelationshipTotals => Relationships.Values.Aggregate(ChangeCounts.None, (a, b) => a + b);

    /// <summary>Whether the sync wrote anything.</summary>
    public bool Changed => NodeTotals.Changed || RelationshipTotals.Changed;
}
