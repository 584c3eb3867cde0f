namespace TimKnowledgeGraph.Neo4j.Cypher;

/// <summary>
/// One Cypher statement with its parameters. Parameter values are plain .NET values (string, numbers, bool,
/// null, lists, dictionaries) serialised to JSON; user text always travels as a parameter, never inside <paramref name="Text"/>.
/// </summary>
public sealed record CypherStatement(string Text, IReadOnlyDictionary<string, object?>? Parameters = null)
{
    /// <summary>Ask the server for update counters (<see cref="CypherResult.Stats"/>).</summary>
    public bool IncludeStats { get; init; } = true;

    /// <summary>
    /// Ask the server for the rows' nodes and relationships as well (<c>resultDataContents: ["row","graph"]</c>, which
    /// Neo4j 3.1 to 5.x answer on the transactional endpoint). Only <see cref="ICypherTransaction.RunLimitedAsync"/> reads them.
    /// </summary>
    public bool IncludeGraph { get; init; }

    /// <summary>
    /// Wait for Neo4j's answer however long it takes, instead of giving up after the client's request timeout. For raw
    /// queries only (<see cref="ICypherTransaction.RunLimitedAsync"/>): Neo4j 3.1 goes on computing a query its client
    /// left, so the read-only runner keeps the query's place until Neo4j answers, and a place freed after five minutes
    /// let runaway queries pile up inside Neo4j past the runner's limit.
    /// </summary>
    public bool WaitForAnswer { get; init; }

    public static CypherStatement Of(string text, params (string Name, object? Value)[] parameters) =>
        new(text, parameters.ToDictionary(p => p.Name, p => p.Value));
}
