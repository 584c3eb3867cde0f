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

    public static CypherStatement Of(string text, params (string Name, object? Value)[] parameters) =>
        new(text, parameters.ToDictionary(p => p.Name, p => p.Value));
}
