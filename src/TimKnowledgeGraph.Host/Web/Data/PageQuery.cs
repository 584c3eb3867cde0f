namespace TimKnowledgeGraph.Host.Web.Data;

/// <summary>
/// One query a page runs: a query of <c>cypher/</c> (a page's own ones are marked <c>@internal</c> there), with its
/// parameters. Values are always parameters; optional parameters left out take their declared defaults.
/// </summary>
/// <param name="Name">The query name.</param>
/// <param name="Parameters">Parameter values by name.</param>
internal sealed record PageQuery(string Name, IReadOnlyDictionary<string, object?> Parameters)
{
    /// <summary>The query of that name in <c>cypher/</c>, run from the one query catalog.</summary>
    public static PageQuery Of(string name, params (string Name, object? Value)[] parameters) =>
        new(name, parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal));
}

/// <summary>
/// The answer to one <see cref="PageQuery"/> as Neo4j returned it; pages read it as typed rows bound by column name
/// (<see cref="As{T}"/>, rows marked <see cref="TimKnowledgeGraph.Graph.Queries.QueryRowAttribute"/> and checked at
/// start-up). <see cref="Available"/> is false when the build has no such query.
/// </summary>
internal sealed record PageRows(string Name, bool Available, IReadOnlyList<IReadOnlyDictionary<string, object?>> Records)
{
    /// <summary>The rows as typed records bound by column name (a <see cref="TimKnowledgeGraph.Graph.Queries.QueryRowAttribute"/> row, checked at start-up).</summary>
    public IReadOnlyList<T> As<T>() => TimKnowledgeGraph.Graph.Queries.RowBinder.BindAll<T>(Records);

    /// <summary>The answer as typed rows, keeping its name and whether the build has the query.</summary>
    public Rows.PageAnswer<T> Typed<T>() => new(Name, Available, As<T>());
}

/// <summary>Finding a page's answers by query name rather than by position.</summary>
internal static class PageAnswers
{
    /// <summary>The answer to the query named <paramref name="name"/> (the first, when a page ran it twice).</summary>
    public static PageRows Of(this IReadOnlyList<PageRows> answers, string name) =>
        answers.FirstOrDefault(a => a.Name == name) ?? throw new KeyNotFoundException($"the page did not run query '{name}'");
}
