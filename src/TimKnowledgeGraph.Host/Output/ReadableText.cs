using System.Collections;

namespace TimKnowledgeGraph.Host.Output;

/// <summary>
/// A Cypher value as one line a person reads in a terminal: scalars as <see cref="ValueText"/> writes them, lists as
/// their items joined by ", ", maps (nodes' properties, nested records) as "key: value" pairs, maps inside a list
/// separated by " | " so that one record's fields do not run into the next one's. Line breaks become spaces, other
/// control characters escapes.
/// </summary>
internal static class ReadableText
{
    /// <summary>Deeper nesting than this is shown as "…": a result from a hostile query must not explode a cell.</summary>
    private const int MaxDepth = 8;

    public static string Format(object? value) => OneLine(Format(value, 0));

    private static string Format(object? value, int depth) => value switch
    {
        null => "",
        string s => s,
        _ when depth >= MaxDepth => "…",
        IDictionary<string, object?> map => string.Join(", ", map.Select(p => $"{p.Key}: {Nested(p.Value, depth + 1)}")),
        IEnumerable list and not IDictionary => List(list.Cast<object?>(), depth + 1),
        _ => ValueText.Format(value),
    };

    private static string List(IEnumerable<object?> items, int depth)
    {
        var parts = items.Select(item => (item, text: Format(item, depth))).ToList();
        var separator = parts.Any(p => p.item is IDictionary<string, object?>) ? " | " : ", ";
        return string.Join(separator, parts.Select(p => p.text));
    }

    /// <summary>A list or map inside a map is bracketed, so its commas do not read as the outer map's.</summary>
    private static string Nested(object? value, int depth) => value switch
    {
        IDictionary<string, object?> => "(" + Format(value, depth) + ")",
        IEnumerable and not string => "[" + Format(value, depth) + "]",
        _ => Format(value, depth),
    };

    // Line breaks and tabs become spaces; every other control character is written as an escape (\u001B), so that a
    // value cannot drive the terminal it is printed to. A network's CSV may hold control characters (kept, with a
    // warning), and a raw query returns whatever it builds: `timkg cypher "RETURN 'a\u001B[31mred\u0007'"` wrote the
    // ESC and BEL bytes as they were, and ESC sequences clear the screen, retitle the window or write links.
    private static string OneLine(string text)
    {
        var oneLine = text.IndexOfAny(['\n', '\r', '\t']) < 0 ? text : string.Join(' ', text.Split(['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        if (!oneLine.Any(char.IsControl)) return oneLine;
        var shown = new System.Text.StringBuilder(oneLine.Length + 16);
        foreach (var c in oneLine)
        {
            if (char.IsControl(c)) shown.Append($"\\u{(int)c:X4}");
            else shown.Append(c);
        }
        return shown.ToString();
    }
}
