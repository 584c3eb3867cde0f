namespace TimKnowledgeGraph.Host.Web.Data;

/// <summary>
/// One query a page runs: a page query of <c>Web/Cypher</c> or a named query of <c>cypher/</c>, with its parameters.
/// Values are always parameters; optional named-query parameters left out take their declared defaults.
/// </summary>
/// <param name="Name">The query name.</param>
/// <param name="Named">True for a named query of the query layer (<c>cypher/</c>), false for a page query.</param>
/// <param name="Parameters">Parameter values by name.</param>
public sealed record PageQuery(string Name, bool Named, IReadOnlyDictionary<string, object?> Parameters)
{
    /// <summary>A page query of <c>Web/Cypher</c>.</summary>
    public static PageQuery Page(string name, params (string Name, object? Value)[] parameters) =>
        new(name, false, parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal));

    /// <summary>A named query of <c>cypher/</c>, run by name from the query catalog.</summary>
    public static PageQuery Catalog(string name, params (string Name, object? Value)[] parameters) =>
        new(name, true, parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal));
}

/// <summary>The rows of one <see cref="PageQuery"/>; <see cref="Available"/> is false when the build has no such named query.</summary>
public sealed record PageRows(string Name, bool Available, IReadOnlyList<Rec> Rows)
{
    /// <summary>The first row, or null.</summary>
    public Rec? First => Rows.Count > 0 ? Rows[0] : null;
}
