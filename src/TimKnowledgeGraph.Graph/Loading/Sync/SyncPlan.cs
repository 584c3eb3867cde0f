using TimKnowledgeGraph.Domain.Content.Mapping;
using TimKnowledgeGraph.Domain.GraphModel;

namespace TimKnowledgeGraph.Graph.Loading.Sync;

/// <summary>
/// The writes that turn the graph's content part from a baseline into a target: delete what the target no longer
/// has, upsert what is new or changed; everything equal is left alone (and not written).
/// </summary>
public sealed record SyncPlan(
    IReadOnlyList<NodeKey> NodesToDelete,
    IReadOnlyList<RelationshipKey> RelationshipsToDelete,
    IReadOnlyList<KeyValuePair<NodeKey, IReadOnlyDictionary<string, object?>>> NodesToUpsert,
    IReadOnlyList<KeyValuePair<RelationshipKey, IReadOnlyDictionary<string, object?>>> RelationshipsToUpsert,
    SyncSummary Summary)
{
    /// <summary>Rows the plan writes (deletes plus upserts), for progress.</summary>
    public int Rows => NodesToDelete.Count + RelationshipsToDelete.Count + NodesToUpsert.Count + RelationshipsToUpsert.Count;

    /// <summary>
    /// Compares <paramref name="baseline"/> (what the graph holds) with <paramref name="target"/> (what content says).
    /// Deterministic: rows come out ordered, so two runs on the same input send the same statements.
    /// </summary>
    public static SyncPlan Between(GraphSnapshot baseline, GraphSnapshot target)
    {
        var nodeCounts = new Dictionary<string, ChangeCounts>(StringComparer.Ordinal);
        var relationshipCounts = new Dictionary<string, ChangeCounts>(StringComparer.Ordinal);
        var upsertNodes = Diff(baseline.Nodes, target.Nodes, k => k.Label, nodeCounts, out var deleteNodes);
        var upsertRelationships = Diff(baseline.Relationships, target.Relationships, k => k.Type, relationshipCounts, out var deleteRelationships);
        return Ordered(deleteNodes, deleteRelationships, upsertNodes, upsertRelationships, nodeCounts, relationshipCounts);
    }

    /// <summary>
    /// The same plan as comparing the snapshots of <paramref name="before"/> and <paramref name="after"/>, found by walking
    /// both in step (they are in <see cref="GraphOrder"/>): an element that is the same object in both is unchanged
    /// without comparing properties, so two loads that share most elements compare in time proportional to their size
    /// with no lookups, and build property maps only for what changed.
    /// </summary>
    public static SyncPlan Between(ContentGraph before, ContentGraph after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var nodeCounts = new Dictionary<string, ChangeCounts>(StringComparer.Ordinal);
        var relationshipCounts = new Dictionary<string, ChangeCounts>(StringComparer.Ordinal);
        var upsertNodes = Walk(before.Nodes, after.Nodes, GraphOrder.Compare, n => new NodeKey(n.Label, n.Id), n => n.Label,
            GraphSnapshot.NodeProperties, nodeCounts, out var deleteNodes);
        var upsertRelationships = Walk(before.Relationships, after.Relationships, GraphOrder.Compare, GraphSnapshot.Key, r => r.Type,
            GraphSnapshot.RelationshipProperties, relationshipCounts, out var deleteRelationships);
        return Ordered(deleteNodes, deleteRelationships, upsertNodes, upsertRelationships, nodeCounts, relationshipCounts);
    }

    // Both comparisons end here: rows in a fixed order, so the same input always sends the same statements.
    private static SyncPlan Ordered(
        List<NodeKey> deleteNodes, List<RelationshipKey> deleteRelationships,
        List<KeyValuePair<NodeKey, IReadOnlyDictionary<string, object?>>> upsertNodes,
        List<KeyValuePair<RelationshipKey, IReadOnlyDictionary<string, object?>>> upsertRelationships,
        Dictionary<string, ChangeCounts> nodeCounts, Dictionary<string, ChangeCounts> relationshipCounts) =>
        new(
            [.. deleteNodes.OrderBy(k => k.Label, StringComparer.Ordinal).ThenBy(k => k.Id, StringComparer.Ordinal)],
            [.. deleteRelationships.OrderBy(k => k.ToString(), StringComparer.Ordinal)],
            [.. upsertNodes.OrderBy(p => p.Key.Label, StringComparer.Ordinal).ThenBy(p => p.Key.Id, StringComparer.Ordinal)],
            [.. upsertRelationships.OrderBy(p => p.Key.ToString(), StringComparer.Ordinal)],
            new SyncSummary(Sorted(nodeCounts), Sorted(relationshipCounts)));

    private static List<KeyValuePair<TKey, IReadOnlyDictionary<string, object?>>> Walk<T, TKey>(
        IReadOnlyList<T> baseline,
        IReadOnlyList<T> target,
        Comparison<T> order,
        Func<T, TKey> keyOf,
        Func<T, string> group,
        Func<T, IReadOnlyDictionary<string, object?>> properties,
        Dictionary<string, ChangeCounts> counts,
        out List<TKey> deletes) where T : class
    {
        var upserts = new List<KeyValuePair<TKey, IReadOnlyDictionary<string, object?>>>();
        deletes = [];
        var tally = new Tally();
        int i = 0, j = 0;
        while (i < baseline.Count || j < target.Count)
        {
            if (i < baseline.Count && j < target.Count && ReferenceEquals(baseline[i], target[j]))
            {
                tally.For(group(target[j])).Unchanged++;
                i++;
                j++;
                continue;
            }
            var c = i == baseline.Count ? 1 : j == target.Count ? -1 : order(baseline[i], target[j]);
            if (c < 0)
            {
                tally.For(group(baseline[i])).Deleted++;
                deletes.Add(keyOf(baseline[i++]));
            }
            else if (c > 0)
            {
                tally.For(group(target[j])).Created++;
                upserts.Add(new(keyOf(target[j]), properties(target[j++])));
            }
            else
            {
                var now = properties(target[j]);
                if (PropertyValues.MapsEqual(properties(baseline[i]), now)) tally.For(group(target[j])).Unchanged++;
                else
                {
                    tally.For(group(target[j])).Updated++;
                    upserts.Add(new(keyOf(target[j]), now));
                }
                i++;
                j++;
            }
        }
        tally.AddTo(counts);
        return upserts;
    }

    private static List<KeyValuePair<TKey, IReadOnlyDictionary<string, object?>>> Diff<TKey>(
        Dictionary<TKey, IReadOnlyDictionary<string, object?>> baseline,
        Dictionary<TKey, IReadOnlyDictionary<string, object?>> target,
        Func<TKey, string> group,
        Dictionary<string, ChangeCounts> counts,
        out List<TKey> deletes) where TKey : notnull
    {
        var upserts = new List<KeyValuePair<TKey, IReadOnlyDictionary<string, object?>>>();
        var tally = new Tally();
        foreach (var (key, properties) in target)
        {
            if (!baseline.TryGetValue(key, out var before))
            {
                tally.For(group(key)).Created++;
                upserts.Add(new(key, properties));
            }
            else if (!PropertyValues.MapsEqual(before, properties))
            {
                tally.For(group(key)).Updated++;
                upserts.Add(new(key, properties));
            }
            else
            {
                tally.For(group(key)).Unchanged++;
            }
        }
        deletes = [.. baseline.Keys.Where(k => !target.ContainsKey(k))];
        foreach (var key in deletes) tally.For(group(key)).Deleted++;
        tally.AddTo(counts);
        return upserts;
    }

    private static SortedDictionary<string, ChangeCounts> Sorted(Dictionary<string, ChangeCounts> counts) =>
        new(counts, StringComparer.Ordinal);

    /// <summary>Counts per label or type; when elements come grouped (ordered by label or type), the last group is kept at hand.</summary>
    private sealed class Tally
    {
        private readonly Dictionary<string, Counts> _groups = new(StringComparer.Ordinal);
        private string? _last;
        private Counts? _lastCounts;

        public Counts For(string group)
        {
            if (ReferenceEquals(group, _last) && _lastCounts is not null) return _lastCounts;
            if (!_groups.TryGetValue(group, out var counts)) _groups[group] = counts = new Counts();
            (_last, _lastCounts) = (group, counts);
            return counts;
        }

        public void AddTo(Dictionary<string, ChangeCounts> counts)
        {
            foreach (var (group, c) in _groups) counts[group] = new ChangeCounts(c.Created, c.Updated, c.Deleted, c.Unchanged);
        }
    }

    private sealed class Counts
    {
        public long Created;
        public long Updated;
        public long Deleted;
        public long Unchanged;
    }
}
