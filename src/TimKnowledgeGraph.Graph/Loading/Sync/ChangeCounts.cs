namespace TimKnowledgeGraph.Graph.Loading.Sync;

/// <summary>How many elements of one label or relationship type a sync created, updated, deleted or left alone.</summary>
public sealed record ChangeCounts(long Created, long Updated, long Deleted, long Unchanged)
{
    /// <summary>Nothing counted.</summary>
    public static readonly ChangeCounts None = new(0, 0, 0, 0);

    /// <summary>Whether this label or type changed at all.</summary>
    public bool Changed => Created + Updated + Deleted > 0;

    /// <summary>Adds two counts.</summary>
    public static ChangeCounts operator +(ChangeCounts a, ChangeCounts b) =>
        new(a.Created + b.Created, a.Updated + b.Updated, a.Deleted + b.Deleted, a.Unchanged + b.Unchanged);
}
