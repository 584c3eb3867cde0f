namespace TimKnowledgeGraph.Domain.Content.Notes.Markdown;

/// <summary>
/// Finds where Markdown nests deepest, to point a diagnostic at it when Markdig refuses a document as too deeply
/// nested. A line lexer, not a parser: per line it counts container markers at the start (<c>&gt;</c>, list bullets
/// and numbers, indentation in steps of two), and per paragraph the open brackets (<c>[</c> without its <c>]</c>,
/// backslash escapes skipped). Linear in the text.
/// </summary>
internal static class MarkdownNesting
{
    /// <summary>The 1-based line and column where the estimated nesting first reaches its maximum.</summary>
    public static (int Line, int Column) Deepest(string text)
    {
        var best = (Depth: -1, Line: 1, Column: 1);
        var brackets = 0;
        var line = 1;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var span = text.AsSpan(start, end - start);
            if (span.IsWhiteSpace()) brackets = 0; // a blank line ends the paragraph and its brackets
            var (containers, column) = Containers(span);
            if (containers > best.Depth) best = (containers, line, column);
            for (var i = 0; i < span.Length; i++)
            {
                switch (span[i])
                {
                    case '\\':
                        i++;
                        break;
                    case '[':
                        brackets++;
                        if (containers + brackets > best.Depth) best = (containers + brackets, line, i + 1);
                        break;
                    case ']' when brackets > 0:
                        brackets--;
                        break;
                }
            }
            start = end + 1;
            line++;
        }
        return (best.Line, best.Column);
    }

    // Block quote markers, list markers and indentation (two spaces per level) at the start of a line, and the column
    // after the last of them.
    private static (int Depth, int Column) Containers(ReadOnlySpan<char> line)
    {
        var depth = 0;
        var i = 0;
        while (i < line.Length)
        {
            var spaces = 0;
            while (i < line.Length && line[i] is ' ' or '\t') { spaces += line[i] == '\t' ? 4 : 1; i++; }
            depth += spaces / 2;
            if (i >= line.Length) break;
            if (line[i] == '>') { depth++; i++; continue; }
            if (line[i] is '-' or '+' or '*' && i + 1 < line.Length && line[i + 1] is ' ' or '\t') { depth++; i++; continue; }
            var digits = i;
            while (digits < line.Length && digits - i < 9 && char.IsAsciiDigit(line[digits])) digits++;
            if (digits > i && digits + 1 < line.Length && line[digits] is '.' or ')' && line[digits + 1] is ' ' or '\t')
            {
                depth++;
                i = digits + 1;
                continue;
            }
            break;
        }
        return (depth, i + 1);
    }
}
