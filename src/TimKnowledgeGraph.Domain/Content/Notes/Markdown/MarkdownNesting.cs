using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.Notes.Markdown;

/// <summary>
/// Finds where Markdown nests deepest, to point a diagnostic at it when Markdig refuses a document as too deeply
/// nested. A line lexer, not a parser: per line it counts container markers at the start (<c>&gt;</c>, list bullets
/// and numbers, indentation in steps of two), and per paragraph the open brackets (<c>[</c> without its <c>]</c>,
/// backslash escapes skipped) and the emphasis delimiters (<c>*</c>, <c>_</c>) still open, each of which Markdig
/// nests the rest of the paragraph inside until it is closed. Linear in the text. The front matter is skipped (its
/// lines still counted): Markdig reads it as YAML, never as Markdown, so nothing in it nests.
/// </summary>
internal static class MarkdownNesting
{
    /// <summary>The 1-based line and column in <paramref name="text"/> (a whole note) where the estimated nesting first reaches its maximum.</summary>
    public static (int Line, int Column) Deepest(string text)
    {
        var (start, line) = BodyStart(text);
        var best = (Depth: -1, Line: line, Column: 1);
        var brackets = 0;
        var delimiters = 0;
        while (start <= text.Length)
        {
            var (end, next) = LineIndex.LineAt(text, start);
            var span = text.AsSpan(start, end - start);
            if (span.IsWhiteSpace()) (brackets, delimiters) = (0, 0); // a blank line ends the paragraph and all it opened
            var (containers, column) = Containers(span);
            if (containers > best.Depth) best = (containers, line, column);
            for (var i = 0; i < span.Length; i++)
            {
                var at = i;
                switch (span[i])
                {
                    case '\\':
                        i++;
                        continue;
                    case '[':
                        brackets++;
                        break;
                    case ']' when brackets > 0:
                        brackets--;
                        continue;
                    case '*' or '_':
                        while (i + 1 < span.Length && span[i + 1] == span[at]) i++;
                        var (opens, closes) = Flanking(span, at, i);
                        if (closes && delimiters > 0) { delimiters--; continue; }
                        if (!opens) continue;
                        delimiters++;
                        break;
                    default:
                        continue;
                }
                if (containers + brackets + delimiters > best.Depth) best = (containers + brackets + delimiters, line, at + 1);
            }
            start = next;
            line++;
        }
        return (best.Line, best.Column);
    }

    // Where the body starts (index, 1-based line): after the closing '---' or '...' of a front matter block that opens
    // on the first line, as Markdig's YAML front matter parser reads one; else the whole text is body.
    private static (int Start, int Line) BodyStart(string text)
    {
        var (end, next) = LineIndex.LineAt(text, 0);
        if (next > text.Length || text.AsSpan(0, end).TrimStart('\uFEFF').TrimEnd() is not "---") return (0, 1);
        for (var (start, line) = (next, 2); start < text.Length; start = next, line++)
        {
            (end, next) = LineIndex.LineAt(text, start);
            if (text.AsSpan(start, end - start).TrimEnd() is "---" or "...") return (next, line + 1);
        }
        return (0, 1);
    }

    // CommonMark's rule for a run of '*' or '_' (from first to last): it can open when it is left-flanking, close when
    // it is right-flanking; '_' inside a word does neither. The line's ends count as whitespace.
    private static (bool Opens, bool Closes) Flanking(ReadOnlySpan<char> line, int first, int last)
    {
        var before = first > 0 ? line[first - 1] : ' ';
        var after = last + 1 < line.Length ? line[last + 1] : ' ';
        var left = !char.IsWhiteSpace(after) && (!IsPunctuation(after) || char.IsWhiteSpace(before) || IsPunctuation(before));
        var right = !char.IsWhiteSpace(before) && (!IsPunctuation(before) || char.IsWhiteSpace(after) || IsPunctuation(after));
        if (line[first] == '*') return (left, right);
        return (left && (!right || IsPunctuation(before)), right && (!left || IsPunctuation(after)));
    }

    // CommonMark counts symbols ('*', '$', ...) as punctuation here.
    private static bool IsPunctuation(char c) => char.IsPunctuation(c) || char.IsSymbol(c);

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
