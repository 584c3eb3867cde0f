using System.Globalization;

namespace TimKnowledgeGraph.Graph.Queries;

/// <summary>
/// Turns user-supplied text values (CLI <c>--param k=v</c>, HTTP query strings) into typed Cypher parameters,
/// checking them against the query's declared parameters. Values only ever travel as parameters.
/// </summary>
public static class QueryParameterBinder
{
    /// <summary>Binds raw values; returns the parameter map or the list of problems, one readable line each.</summary>
    public static (IReadOnlyDictionary<string, object?> Parameters, IReadOnlyList<string> Errors) Bind(
        NamedQuery query, IReadOnlyDictionary<string, string> raw)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        var errors = new List<string>();
        foreach (var name in raw.Keys.Where(k => query.Parameters.All(p => p.Name != k)))
            errors.Add($"query '{query.Name}' has no parameter '{Shorten(name)}' (its parameters: {string.Join(", ", query.Parameters.Select(p => p.Name))})");
        foreach (var p in query.Parameters)
        {
            if (raw.TryGetValue(p.Name, out var text))
            {
                var value = Convert(p.Type, text);
                if (value is null || (value is long number && p.Range is { } range && !range.Contains(number)))
                    errors.Add($"parameter {p.Name} of query '{query.Name}' must be {Describe(p)}, got '{Shorten(text)}'");
                parameters[p.Name] = value;
            }
            else if (p.IsRequired) errors.Add($"query '{query.Name}' needs parameter '{p.Name}' ({p.Description}), {Describe(p)}");
            else parameters[p.Name] = p.DefaultValue;
        }
        // Each bound alone ('part int 0..', 'parts int 1..'); a part past the last counted nothing and answered zeros.
        if (query.Split is not null && parameters.GetValueOrDefault(QuerySplit.PartParameter) is long part
            && parameters.GetValueOrDefault(QuerySplit.PartsParameter) is long parts && part >= parts)
            errors.Add($"parameter {QuerySplit.PartParameter} of query '{query.Name}' must be less than {QuerySplit.PartsParameter} ({parts}), got '{part}'");
        return (parameters, errors);
    }

    /// <summary>Converts text to the declared type, or null when it doesn't parse.</summary>
    public static object? Convert(QueryParameterType type, string text) => type switch
    {
        QueryParameterType.String => text,
        QueryParameterType.Int => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? l : null,
        QueryParameterType.Float => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null,
        QueryParameterType.Bool => bool.TryParse(text, out var b) ? b : null,
        QueryParameterType.StringList => text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList(),
        QueryParameterType.Date => PeriodDate.Parse(text, atEnd: false),
        QueryParameterType.DateEnd => PeriodDate.Parse(text, atEnd: true),
        _ => null,
    };

    /// <summary>What a value of the parameter is, in words: "a whole number from 1 to 6", "true or false".</summary>
    public static string Describe(QueryParameter parameter) =>
        parameter.Range is { } range ? $"{Describe(parameter.Type)} {range.Words}" : Describe(parameter.Type);

    /// <summary>What a value of the type is, in words: "a whole number", "true or false".</summary>
    public static string Describe(QueryParameterType type) => type switch
    {
        QueryParameterType.String => "text",
        QueryParameterType.Int => "a whole number",
        QueryParameterType.Float => "a number",
        QueryParameterType.Bool => "true or false",
        QueryParameterType.StringList => "a comma-separated list",
        QueryParameterType.Date => "a date YYYY-MM-DD, or a year or YYYY-MM (its first day)",
        QueryParameterType.DateEnd => "a date YYYY-MM-DD, or a year or YYYY-MM (its last day)",
        _ => type.ToString().ToLowerInvariant(),
    };

    // Echoed input is bounded so a hostile value cannot make the message huge.
    private static string Shorten(string text) => text.Length <= 100 ? text : text[..100] + "…";
}
