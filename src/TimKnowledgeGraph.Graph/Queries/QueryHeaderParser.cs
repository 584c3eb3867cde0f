using System.Globalization;

namespace TimKnowledgeGraph.Graph.Queries;

/// <summary>
/// Reads the comment header of a <c>.cypher</c> file:
/// <code>
/// // Lineage of a concept: its ancestors and descendants ...   (summary: first comment line)
/// // @param id string  The concept id
/// // @param maxDepth int = 6  How many steps to follow
/// // @returns direction, depth, fromId, ...
/// </code>
/// The header is made of <c>//</c> comments so the file pastes into Neo4j Browser unchanged.
/// </summary>
public static class QueryHeaderParser
{
    public static NamedQuery Parse(string name, string text)
    {
        var summary = "";
        var parameters = new List<QueryParameter>();
        var columns = new List<string>();
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            if (!line.StartsWith("//", StringComparison.Ordinal)) break;
            var comment = line[2..].Trim();
            if (comment.StartsWith("@param ", StringComparison.Ordinal))
                parameters.Add(ParseParameter(name, comment["@param ".Length..]));
            else if (comment.StartsWith("@returns ", StringComparison.Ordinal))
                columns.AddRange(comment["@returns ".Length..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
            else if (summary.Length == 0 && comment.Length > 0 && !comment.StartsWith('@'))
                summary = comment;
        }
        if (summary.Length == 0) throw new InvalidDataException($"cypher/{name}.cypher: the header must start with a '// summary' line");
        return new NamedQuery(name, summary, text, parameters, columns);
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
            var other => throw new InvalidDataException($"cypher/{query}.cypher: unknown parameter type '{other}' (expected string, int, float, bool, string[])"),
        };
        var rest = parts.Length > 2 ? parts[2].Trim() : "";
        object? defaultValue = null;
        if (rest.StartsWith('='))
        {
            var valueAndDescription = rest[1..].TrimStart().Split(' ', 2);
            defaultValue = QueryParameterBinder.Convert(type, valueAndDescription[0])
                ?? throw new InvalidDataException($"cypher/{query}.cypher: default '{valueAndDescription[0]}' is not a {parts[1]}");
            rest = valueAndDescription.Length > 1 ? valueAndDescription[1].Trim() : "";
        }
        return new QueryParameter(parts[0], type, defaultValue, rest);
    }
}
