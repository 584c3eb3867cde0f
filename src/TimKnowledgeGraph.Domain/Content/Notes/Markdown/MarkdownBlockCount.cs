using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.Notes.Markdown;

/// <summary>
/// Counts, before Markdig sees a note, the lines that make Markdig replace a paragraph it has built: setext heading
/// underlines (a line of <c>=</c> or <c>-</c> under a line of text) and link reference definitions (<c>[label]: url</c>).
/// Markdig takes time quadratic in their number in one note (200,000 setext headings, 800 KB: 45 s to validate;
/// 100,000 reference definitions: 2.6 s per parse), so a note may hold at most
/// <see cref="ContentLimits.MaxMarkdownReplacedBlocks"/>. The count is generous: every line of only <c>=</c> or
/// <c>-</c> (thematic breaks <c>---</c> included) and every line that starts like a definition counts, in block quotes too.
/// </summary>
internal static class MarkdownBlockCount
{
    /// <summary>The offset of the first such line past the limit, or null when the note stays within it.</summary>
    public static int? FirstOverLimit(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var count = 0;
        for (var start = AfterFrontMatter(markdown); start < markdown.Length;)
        {
            var (end, next) = LineIndex.LineAt(markdown, start);
            if (Counts(markdown.AsSpan(start, end - start)) && ++count > ContentLimits.MaxMarkdownReplacedBlocks) return start;
            start = next;
        }
        return null;
    }

    // Front matter (a first line '---' up to a line '---' or '...') is YAML to Markdig; its delimiters are no underlines.
    private static int AfterFrontMatter(string markdown)
    {
        var (end, next) = LineIndex.LineAt(markdown, 0);
        if (markdown.AsSpan(0, end).TrimEnd(" \t") is not "---") return 0;
        for (var start = next; start < markdown.Length; start = next)
        {
            (end, next) = LineIndex.LineAt(markdown, start);
            if (markdown.AsSpan(start, end - start).TrimEnd(" \t") is "---" or "...") return Math.Min(next, markdown.Length);
        }
        return 0;
    }

    private static bool Counts(ReadOnlySpan<char> line)
    {
        // Block quote markers and indentation (of list items too) do not change what Markdig does with the line.
        line = line.TrimStart(" \t>");
        if (line.IsEmpty) return false;
        if (line[0] == '[') return line.IndexOf("]:", StringComparison.Ordinal) > 0;
        line = line.TrimEnd(" \t");
        return line[0] is '=' or '-' && !line.ContainsAnyExcept(line[0]);
    }
}
