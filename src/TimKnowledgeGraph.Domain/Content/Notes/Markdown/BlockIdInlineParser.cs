using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace TimKnowledgeGraph.Domain.Content.Notes.Markdown;

/// <summary>
/// Parses Obsidian's block id, <c>^id</c> after a space (or alone on its line) at the very end of a paragraph, into a
/// <see cref="BlockIdInline"/>. Anywhere else a caret is text.
/// </summary>
internal sealed class BlockIdInlineParser : InlineParser
{
    /// <summary>Creates the parser; it triggers on <c>^</c> followed by a letter, digit or <c>-</c>.</summary>
    public BlockIdInlineParser() => OpeningCharacters = ['^'];

    /// <inheritdoc />
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (processor.Block is not ParagraphBlock) return false;
        var text = slice.Text;
        var start = slice.Start;
        if (start > 0 && !char.IsWhiteSpace(text[start - 1])) return false;
        var end = start + 1;
        while (end <= slice.End && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '-')) end++;
        if (end == start + 1 || !text.AsSpan(end, slice.End - end + 1).IsWhiteSpace()) return false;

        var position = processor.GetSourcePosition(start, out var line, out var column);
        processor.Inline = new BlockIdInline
        {
            Id = text[(start + 1)..end],
            Span = new SourceSpan(position, position + end - start - 1),
            Line = line,
            Column = column,
        };
        slice.Start = slice.End + 1;
        return true;
    }
}
