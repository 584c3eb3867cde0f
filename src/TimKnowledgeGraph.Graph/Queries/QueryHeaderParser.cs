using System.Globalization;

namespace TimKnowledgeGraph.Graph.Queries;

/// <summary>
/// Reads the comment header of a <c>.cypher</c> file:
/// <code>
/// // Lineage of a concept: its ancestors and descendants ...   (summary: first comment line)
/// // @param id string  The concept id
/// // @param maxDepth int 1..6 = 6  How many steps to follow   (an int may declare the range it accepts: 1..6, 0.., ..10)
/// // @param from date = null  Start of the period (null: open)   (types date / date-end; see QueryParameterType)
/// // @returns direction, depth, fromId, ...
/// // @split 4 by layerA, layerB          (optional: runs in parts at once, see QuerySplit)
/// // @ratio tieJaccard = pairsBoth / pairsEither
/// // @internal                        (optional: run by the pages and the API, not listed or run for users)
/// </code>
/// The header is made of <c>//</c> comments so the file pastes into Neo4j Browser unchanged.
/// </summary>
internal static class QueryHeaderParser
{
    public static NamedQuery Parse(string name, string text)
    {
        var summary = "";
        var parameters = new List<QueryParameter>();
        var columns = new List<string>();
        string? split = null;
        var ratios = new List<string>();
        var isInternal = false;
        var returnsLine = 0;
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (!line.StartsWith("//", StringComparison.Ordinal)) break;
            var comment = line[2..].Trim();
            if (comment.StartsWith("@param ", StringComparison.Ordinal))
                parameters.Add(ParseParameter(name, comment["@param ".Length..]));
            else if (comment.StartsWith("@returns ", StringComparison.Ordinal))
            {
                if (returnsLine == 0) returnsLine = lineNumber;
                columns.AddRange(comment["@returns ".Length..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
            }
            else if (comment.StartsWith("@split ", StringComparison.Ordinal))
                split = comment["@split ".Length..];
            else if (comment.StartsWith("@ratio ", StringComparison.Ordinal))
                ratios.Add(comment["@ratio ".Length..]);
            else if (comment == "@internal" || comment.StartsWith("@internal ", StringComparison.Ordinal))
                isInternal = true;
            else if (summary.Length == 0 && comment.Length > 0 && !comment.StartsWith('@'))
                summary = comment;
        }
        if (summary.Length == 0) throw new InvalidDataException($"cypher/{name}.cypher: the header must start with a '// summary' line");
        if (split is null && ratios.Count > 0) throw new InvalidDataException($"cypher/{name}.cypher: @ratio needs a @split");
        var querySplit = split is null ? null : ParseSplit(name, split, ratios, parameters, columns);
        return new NamedQuery(name, summary, text, parameters, columns, querySplit) { IsInternal = isInternal, ReturnsLine = returnsLine };
    }

    private static QuerySplit ParseSplit(string query, string spec, List<string> ratioSpecs, List<QueryParameter> parameters, List<string> columns)
    {
        // "<parts> by <column>, <column>, ..."
        var parts = spec.Split(" by ", 2, StringSplitOptions.TrimEntries);
        if (parts.Length < 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
            throw new InvalidDataException($"cypher/{query}.cypher: '@split {spec}' should read '@split <parts> by <key column>, ...'");
        var keys = parts[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var ratios = ratioSpecs.Select(r => ParseRatio(query, r)).ToList();
        foreach (var column in keys.Concat(ratios.SelectMany(r => new[] { r.Column, r.Numerator, r.Denominator })).Where(c => !columns.Contains(c)))
            throw new InvalidDataException($"cypher/{query}.cypher: @split/@ratio name '{column}', which is not among the @returns columns");
        foreach (var (parameter, whole) in new[] { (QuerySplit.PartParameter, 0L), (QuerySplit.PartsParameter, 1L) })
        {
            if (!parameters.Any(p => p.Name == parameter && p.Type == QueryParameterType.Int && Equals(p.DefaultValue, whole)))
                throw new InvalidDataException($"cypher/{query}.cypher: a @split query declares '@param {parameter} int = {whole}' (the whole answer in one run)");
        }
        return new QuerySplit(count, keys, ratios);
    }

    private static QueryRatio ParseRatio(string query, string spec)
    {
        // "<column> = <numerator> / <denominator>"
        var sides = spec.Split('=', 2, StringSplitOptions.TrimEntries);
        var fraction = sides.Length == 2 ? sides[1].Split('/', StringSplitOptions.TrimEntries) : [];
        if (fraction.Length != 2 || sides[0].Length == 0 || fraction.Any(f => f.Length == 0))
            throw new InvalidDataException($"cypher/{query}.cypher: '@ratio {spec}' should read '@ratio <column> = <numerator> / <denominator>'");
        return new QueryRatio(sides[0], fraction[0], fraction[1]);
    }

    private static QueryParameter ParseParameter(string query, string spec)
    {
        // "<name> <type> [= <default>] <description>"
        var parts = spec.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2) throw new InvalidDataException($"cypher/{query}.cypher: '@param {spec}' needs a name and a type");
        var type = parts[1] switch
        {
            "string" => QueryParameterType.String,
            "int" => QueryParameterType.Int,
            "float" => QueryParameterType.Float,
            "bool" => QueryParameterType.Bool,
            "string[]" => QueryParameterType.StringList,
            "date" => QueryParameterType.Date,
            "date-end" => QueryParameterType.DateEnd,
            var other => throw new InvalidDataException($"cypher/{query}.cypher: unknown parameter type '{other}' (expected string, int, float, bool, string[], date, date-end)"),
        };
        var rest = parts.Length > 2 ? parts[2].Trim() : "";
        var range = ParseRange(query, parts[0], type, ref rest);
        object? defaultValue = null;
        var defaultsToNull = false;
        if (rest.StartsWith('='))
        {
            var valueAndDescription = rest[1..].TrimStart().Split(' ', 2);
            // "= null" declares an optional parameter that is null when not given (an open end of a period, any wave).
            defaultsToNull = valueAndDescription[0] == "null";
            defaultValue = defaultsToNull ? null : QueryParameterBinder.Convert(type, valueAndDescription[0])
                ?? throw new InvalidDataException($"cypher/{query}.cypher: default '{valueAndDescription[0]}' is not a {parts[1]}");
            rest = valueAndDescription.Length > 1 ? valueAndDescription[1].Trim() : "";
        }
        if (range is not null && defaultValue is long value && !range.Contains(value))
            throw new InvalidDataException($"cypher/{query}.cypher: the default of {parts[0]} is not a whole number {range.Words}");
        return new QueryParameter(parts[0], type, defaultValue, rest, defaultsToNull, range);
    }

    // "<min>..<max>" right after the type, taken off the front of rest.
    private static QueryRange? ParseRange(string query, string parameter, QueryParameterType type, ref string rest)
    {
        var words = rest.Split(' ', 2);
        if (!words[0].Contains("..", StringComparison.Ordinal)) return null;
        if (type != QueryParameterType.Int)
            throw new InvalidDataException($"cypher/{query}.cypher: {parameter} declares a range, which only an int parameter may");
        var range = QueryRange.Parse(words[0])
            ?? throw new InvalidDataException($"cypher/{query}.cypher: the range '{words[0]}' of {parameter} should read <min>..<max>, one end may be left out");
        rest = words.Length > 1 ? words[1].Trim() : "";
        return range;
    }
}
