namespace TimKnowledgeGraph.Domain.Content.Notes.Markdown;

/// <summary>
/// Bounds the quadratic paths found in Markdig: for every <c>](</c> (an inline link's destination or title) it scans
/// ahead for the closing <c>)</c>, and for every <c>&lt;!</c> or <c>&lt;?</c> (inline CDATA, comments, declarations,
/// processing instructions) for its end, up to the end of the paragraph. A paragraph of a million characters made of
/// <c>[a](</c> took minutes, 600 KB of <c>&lt;![CDATA[</c> (found by fuzzing) over 30 s. The work is at most
/// (openers × paragraph length) per paragraph; this lexer adds that up per note, over blank-line separated paragraphs
/// (an over-estimate: lists and quotes split paragraphs further), without parsing anything.
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
        for (var start = 0; start <= text.Length;)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var span = text.AsSpan(start, end - start);
            if (span.IsWhiteSpace())
            {
                total += (long)openers * length;
                if (total > ContentLimits.MaxMarkdownLinkScan) return (paragraphLine, openers, length);
                (openers, length, paragraphLine) = (0, 0, line + 1);
            }
            else
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
