using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using TimKnowledgeGraph.Domain.Content.Unicode;

namespace TimKnowledgeGraph.Domain.Content.Notes.Markdown;

/// <summary>
/// Parses an Obsidian tag, <c>#</c> after a space (or at the start of the text) followed by letters (with their marks, in any script), digits, <c>_</c>,
/// <c>-</c> and <c>/</c>, at least one of them not a digit (<c>#1</c> is no tag), into a <see cref="TagInline"/>.
/// </summary>
internal sealed class TagInlineParser : InlineParser
{
    /// <summary>Creates the parser; it triggers on <c>#</c>.</summary>
    public TagInlineParser() => OpeningCharacters = ['#'];

    /// <inheritdoc />
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        if (start > 0 && !char.IsWhiteSpace(text[start - 1])) return false;
        var end = start + 1 + NoteTags.TagLength(text.AsSpan(start + 1, slice.End - start));
        if (!NoteTags.IsTag(text.AsSpan(start + 1, end - start - 1))) return false;

        var position = processor.GetSourcePosition(start, out var line, out var column);
        processor.Inline = new TagInline
        {
            Tag = Identifier.Normalize(text[(start + 1)..end]),
            Span = new SourceSpan(position, position + end - start - 1),
            Line = line,
            Column = column,
        };
        slice.Start = end;
        return true;
    }
}
