namespace TimKnowledgeGraph.Graph.Queries;

/// <summary>A named, parameterised Cypher query from the repository's <c>cypher/</c> folder.</summary>
/// <param name="Name">File name without extension, e.g. <c>lineage</c>.</param>
/// <param name="Summary">The header's first line: what the query answers.</param>
/// <param name="Text">The Cypher text as it is in the file, header included (Neo4j Browser accepts it as is).</param>
/// <param name="Split">How the query runs in parts at once (<c>// @split</c>), or null for one run.</param>
public sealed record NamedQuery(
    string Name,
    string Summary,
    string Text,
    IReadOnlyList<QueryParameter> Parameters,
    IReadOnlyList<string> Columns,
    QuerySplit? Split = null)
{
    /// <summary>
    /// True for a query marked <c>// @internal</c>: one the pages and the API run for their own needs (an index, a
    /// node's properties), which users are neither shown nor offered to run.
    /// </summary>
    public bool IsInternal { get; init; }

    /// <summary>The line of the file's first <c>// @returns</c> (1-based; 0 when it has none), for errors that point at it.</summary>
    public int ReturnsLine { get; init; }

    /// <summary>Where the query's columns are declared, as an editor opens it: <c>cypher/lineage.cypher:4</c>.</summary>
    public string ReturnsLocation => $"cypher/{Name}.cypher:{ReturnsLine}";

    /// <summary>A new parameter map holding the declared defaults of the optional parameters, for callers to add to.</summary>
    public Dictionary<string, object?> DefaultParameters() =>
        Parameters.Where(p => !p.IsRequired).ToDictionary(p => p.Name, p => p.DefaultValue, StringComparer.Ordinal);
}

/// <summary>A declared parameter: <c>// @param name type [= default] description</c>.</summary>
public sealed record QueryParameter(string Name, QueryParameterType Type, object? DefaultValue, string Description)
{
    public bool IsRequired => DefaultValue is null;
}

public enum QueryParameterType { String, Int, Float, Bool, StringList }
