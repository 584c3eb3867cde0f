namespace TimKnowledgeGraph.Neo4j.Cypher;

/// <summary>
/// The result of one statement. Row values are plain .NET values: null, string, long, double, bool,
/// <see cref="IReadOnlyList{T}"/> of object? and <see cref="IReadOnlyDictionary{TKey,TValue}"/> of string to object?
/// (nodes and relationships come back as their property maps).
/// </summary>
public sealed record CypherResult(
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<object?>> Rows,
    CypherStats? Stats,
    CypherPlan? Plan = null)
{
    /// <summary>Rows as column-name → value maps, in column order.</summary>
    public IEnumerable<IReadOnlyDictionary<string, object?>> Records()
    {
        foreach (var row in Rows)
        {
            var record = new Dictionary<string, object?>(Columns.Count, StringComparer.Ordinal);
            for (var i = 0; i < Columns.Count && i < row.Count; i++) record[Columns[i]] = row[i];
            yield return record;
        }
    }
}

/// <summary>Update counters reported by the server.</summary>
public sealed record CypherStats(
    bool ContainsUpdates,
    long NodesCreated,
    long NodesDeleted,
    long RelationshipsCreated,
    long RelationshipsDeleted,
    long PropertiesSet,
    long LabelsAdded,
    long LabelsRemoved,
    long IndexesAdded,
    long IndexesRemoved,
    long ConstraintsAdded,
    long ConstraintsRemoved);

/// <summary>A query plan (from EXPLAIN or PROFILE): an operator, its children and its text arguments.</summary>
/// <param name="Arguments">
/// The operator's string-valued arguments as the server wrote them (3.1 puts them on the operator, 4.x/5.x may nest them
/// under <c>arguments</c>): e.g. <c>Signature</c> or <c>Details</c> of a <c>ProcedureCall</c>.
/// </param>
public sealed record CypherPlan(string OperatorType, IReadOnlyList<CypherPlan> Children, IReadOnlyDictionary<string, string>? Arguments = null)
{
    /// <summary>The operator's string arguments; empty when the server gave none.</summary>
    public IReadOnlyDictionary<string, string> Arguments { get; init; } = Arguments ?? new Dictionary<string, string>();

    public IEnumerable<CypherPlan> SelfAndDescendants()
    {
        yield return this;
        foreach (var child in Children)
            foreach (var p in child.SelfAndDescendants()) yield return p;
    }
}
