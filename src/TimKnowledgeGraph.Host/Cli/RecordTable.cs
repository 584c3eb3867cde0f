using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Host.Cli;

/// <summary>
/// How rows of <typeparamref name="T"/> print as a result table: its columns, each named as the API and the named
/// queries name it (camelCase) and read by a compiler-checked accessor, in the order written.
/// </summary>
internal sealed class RecordTable<T>(params (string Name, Func<T, object?> Value)[] columns)
{
    /// <summary>The column names, in order.</summary>
    public IReadOnlyList<string> Columns { get; } = [.. columns.Select(c => c.Name)];

    /// <summary>The rows as a result table; no rows give no columns either, as the queries' own empty answers do.</summary>
    public CypherResult From(IReadOnlyList<T> rows) => rows.Count == 0
        ? new CypherResult([], [], null)
        : new CypherResult(Columns, [.. rows.Select(r => (IReadOnlyList<object?>)[.. columns.Select(c => Value(c.Value(r)))])], null);

    // Lists as lists of plain values (the writer flattens them); everything else as it is.
    private static object? Value(object? value) => value switch
    {
        string or null => value,
        System.Collections.IEnumerable list => list.Cast<object?>().ToList(),
        _ => value,
    };
}
