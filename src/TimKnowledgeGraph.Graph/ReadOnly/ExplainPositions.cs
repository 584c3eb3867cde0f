using System.Globalization;
using System.Text;

namespace TimKnowledgeGraph.Graph.ReadOnly;

/// <summary>
/// The plan guard sends <c>EXPLAIN </c> + the user's query, so the positions in Neo4j's rejection count that prefix:
/// "(line 1, column 26 (offset: 25))", the excerpt <c>"EXPLAIN MATCH (n) RETURN m"</c> and its caret, 8 columns right
/// of the user's text. This puts them back where the user wrote them. Neo4j writes the position as
/// <c>(line L, column C (offset: O))</c>, the line's text in quotes on the next line, then spaces and a caret; anything
/// else in the message is left as it is.
/// </summary>
internal static class ExplainPositions
{
    /// <summary>What the guard puts before the user's query.</summary>
    public const string Prefix = "EXPLAIN ";

    private const string LineMark = "(line ";
    private const string ColumnMark = ", column ";
    private const string OffsetMark = " (offset: ";

    /// <summary><paramref name="message"/> with its position, excerpt and caret as in the user's query.</summary>
    public static string Correct(string message)
    {
        var at = message.IndexOf(LineMark, StringComparison.Ordinal);
        if (at < 0 || !TryReadPosition(message, at, out var line, out var column, out var offset, out var end)) return message;
        var onFirstLine = line == 1;
        var text = new StringBuilder(message.Length);
        text.Append(message, 0, at)
            .Append(CultureInfo.InvariantCulture, $"(line {line}, column {(onFirstLine ? Math.Max(1, column - Prefix.Length) : column)} (offset: {Math.Max(0, offset - Prefix.Length)}))");
        var rest = message[end..].Split('\n');
        for (var i = 0; i < rest.Length; i++)
        {
            if (i > 0) text.Append('\n');
            text.Append(onFirstLine ? Unshifted(rest[i]) : rest[i]);
        }
        return text.ToString();
    }

    // The excerpt loses the prefix; the caret line moves left by its length.
    private static string Unshifted(string line)
    {
        if (line.StartsWith("\"" + Prefix, StringComparison.Ordinal)) return "\"" + line[(1 + Prefix.Length)..];
        var caret = line.TrimStart(' ');
        return caret == "^" && line.Length - 1 >= Prefix.Length ? line[Prefix.Length..] : line;
    }

    private static bool TryReadPosition(string message, int at, out int line, out int column, out int offset, out int end)
    {
        column = offset = 0;
        var i = at + LineMark.Length;
        var read = ReadNumber(message, ref i, out line)
            && Expect(message, ref i, ColumnMark) && ReadNumber(message, ref i, out column)
            && Expect(message, ref i, OffsetMark) && ReadNumber(message, ref i, out offset)
            && Expect(message, ref i, "))");
        end = i;
        return read;
    }

    private static bool Expect(string text, ref int i, string expected)
    {
        if (string.CompareOrdinal(text, i, expected, 0, expected.Length) != 0) return false;
        i += expected.Length;
        return true;
    }

    private static bool ReadNumber(string text, ref int i, out int value)
    {
        var start = i;
        while (i < text.Length && i - start < 9 && char.IsAsciiDigit(text[i])) i++;
        return int.TryParse(text.AsSpan(start, i - start), NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
