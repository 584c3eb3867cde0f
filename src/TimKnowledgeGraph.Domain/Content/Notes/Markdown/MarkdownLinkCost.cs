namespace TimKnowledgeGraph.Domain.Content.Notes.Markdown;

/// <summary>
/// Bounds the one quadratic path found in Markdig: for every <c>](</c> (an inline link's destination or title) it scans
/// ahead for the closing <c>)</c>, up to the end of the paragraph. A paragraph of a million characters made of
/// <c>[a](</c> took minutes. The work is at most (link openers × paragraph length) per paragraph; this lexer adds that
/// up per note, over blank-line separated paragraphs (an over-estimate: lists and quotes split paragraphs further),
/// without parsing anything.
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

    private static int Count(ReadOnlySpan<char> line)
    {
        var count = 0;
        for (var at = line.IndexOf("]("); at >= 0; at = line.IndexOf("]("))
        {
            count++;
            line = line[(at + 2)..];
        }
        return count;
    }
}
