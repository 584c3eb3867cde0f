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
/// <param name="DefaultsToNull">Declared <c>= null</c>: optional, and absent means null (e.g. an open period end).</param>
public sealed record QueryParameter(string Name, QueryParameterType Type, object? DefaultValue, string Description, bool DefaultsToNull = false)
{
    public bool IsRequired => DefaultValue is null && !DefaultsToNull;
}

/// <summary>
/// Parameter types. <see cref="Date"/> and <see cref="DateEnd"/> are ISO date text (YYYY-MM-DD) once bound; users may
/// type a year or a year-month, which means its first day (Date, a period's start) or its last day (DateEnd, its end).
/// </summary>
public enum QueryParameterType { String, Int, Float, Bool, StringList, Date, DateEnd }
