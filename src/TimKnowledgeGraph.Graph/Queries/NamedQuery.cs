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

/// <summary>A declared parameter: <c>// @param name type [min..max] [= default] description</c>.</summary>
/// <param name="DefaultsToNull">Declared <c>= null</c>: optional, and absent means null (e.g. an open period end).</param>
/// <param name="Range">The whole numbers an <c>int</c> parameter accepts, or null for any.</param>
public sealed record QueryParameter(
    string Name, QueryParameterType Type, object? DefaultValue, string Description, bool DefaultsToNull = false, QueryRange? Range = null)
{
    public bool IsRequired => DefaultValue is null && !DefaultsToNull;
}

/// <summary>
/// The whole numbers an <c>int</c> parameter accepts, declared in its header as <c>1..6</c>, <c>0..</c> (at least 0) or
/// <c>..10</c> (at most 10), so the CLI and the API refuse a value the query would answer wrongly or emptily.
/// </summary>
public sealed record QueryRange(long? Min, long? Max)
{
    public bool Contains(long value) => value >= (Min ?? long.MinValue) && value <= (Max ?? long.MaxValue);

    /// <summary>The range in words, to follow "a whole number": "from 1 to 6", "of at least 1".</summary>
    public string Words => (Min, Max) switch
    {
        ({ } min, { } max) => $"from {min} to {max}",
        ({ } min, null) => $"of at least {min}",
        (null, { } max) => $"of at most {max}",
        _ => "",
    };

    /// <summary>Reads <c>min..max</c> (either end may be left out, not both); null when the text is not a range.</summary>
    public static QueryRange? Parse(string text)
    {
        var ends = text.Split("..");
        if (ends.Length != 2) return null;
        var min = End(ends[0]);
        var max = End(ends[1]);
        if (min is { Ok: false } || max is { Ok: false } || (min is null && max is null)) return null;
        if (min?.Value > max?.Value) return null;
        return new QueryRange(min?.Value, max?.Value);
    }

    private static (bool Ok, long Value)? End(string text) =>
        text.Length == 0 ? null
        : long.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? (true, value) : (false, 0);
}

/// <summary>
/// Parameter types. <see cref="Date"/> and <see cref="DateEnd"/> are ISO date text (YYYY-MM-DD) once bound; users may
/// type a year or a year-month, which means its first day (Date, a period's start) or its last day (DateEnd, its end).
/// </summary>
public enum QueryParameterType { String, Int, Float, Bool, StringList, Date, DateEnd }
