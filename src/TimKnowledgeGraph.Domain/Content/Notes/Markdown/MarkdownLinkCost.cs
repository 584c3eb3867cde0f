namespace TimKnowledgeGraph.Domain.Content.Notes.Markdown;

/// <summary>
/// Bounds the quadratic paths found in Markdig: for every <c>](</c> (an inline link's destination or title) it scans
/// ahead for the closing <c>)</c>, and for every <c>&lt;!</c> or <c>&lt;?</c> (inline CDATA, comments, declarations,
/// processing instructions) for its end, up to the end of the paragraph. A paragraph of a million characters made of
/// <c>[a](</c> took minutes, 600 KB of <c>&lt;![CDATA[</c> (found by fuzzing) over 30 s. The work is at most
/// (openers × paragraph length) per paragraph; this lexer adds that up per note, over paragraphs separated by blank
/// lines and list items (an over-estimate: quotes split paragraphs further), without parsing anything. A list item is a
/// block of its own, whose inlines Markdig parses apart from its neighbours': counted as one paragraph, a reading list
/// of 800 linked references was refused.
/// </summary>
internal static class MarkdownLinkCost
{
    /// <summary>Where the budget runs out: the paragraph's first line, its openers and its length; null when it does not.</summary>
    public static (int Line, int Openers, int Length)? FirstOverBudget(string text)
    {
        long total = 0;
        var paragraphLine = 1;
        var openers = 0;
        var length = 0;
        var line = 1;
        var inOrderedItem = false;
        for (var start = 0; start <= text.Length;)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var span = text.AsSpan(start, end - start);
            var item = ListItemStart(span, mayContinue: length > 0 && !inOrderedItem);
            if (span.IsWhiteSpace() || item is not null)
            {
                total += (long)openers * length;
                if (total > ContentLimits.MaxMarkdownLinkScan) return (paragraphLine, openers, length);
                (openers, length, paragraphLine, inOrderedItem) = (0, 0, item is null ? line + 1 : line, item == ListMarker.Ordered);
            }
            if (!span.IsWhiteSpace())
            {
                openers += Count(span);
                length += span.Length + 1;
            }
            start = end + 1;
            line++;
        }
        total += (long)openers * length;
        return total > ContentLimits.MaxMarkdownLinkScan ? (paragraphLine, openers, length) : null;
    }

    private enum ListMarker { Bullet, Ordered }

    // The list item a line starts (CommonMark), or null: "- ", "* " or "+ " after any indentation, or "N. " / "N) ". An
    // ordered item numbered other than 1 cannot interrupt a paragraph (mayContinue: one outside an ordered list goes on
    // before it): after "the year" or a bullet item, "2020. [a](" is more of that paragraph, not an item of its own.
    private static ListMarker? ListItemStart(ReadOnlySpan<char> line, bool mayContinue)
    {
        line = line.TrimStart();
        if (line.Length >= 2 && line[0] is '-' or '*' or '+') return line[1] is ' ' or '\t' ? ListMarker.Bullet : null;
        var digits = 0;
        while (digits < line.Length && digits < 9 && char.IsAsciiDigit(line[digits])) digits++;
        var ordered = digits > 0 && digits + 1 < line.Length && line[digits] is '.' or ')' && line[digits + 1] is ' ' or '\t';
        return ordered && (!mayContinue || line[..digits] is "1") ? ListMarker.Ordered : null;
    }

    // Openers of constructs Markdig scans ahead from: "](", "<!" and "<?".
    private static int Count(ReadOnlySpan<char> line)
    {
        var count = 0;
        for (var at = line.IndexOfAny(']', '<'); at >= 0 && at + 1 < line.Length; at = line.IndexOfAny(']', '<'))
        {
            var next = line[at + 1];
            if ((line[at] == ']' && next == '(') || (line[at] == '<' && next is '!' or '?')) count++;
            line = line[(at + 1)..];
        }
        return count;
    }
}
