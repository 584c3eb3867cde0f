using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace TimKnowledgeGraph.Domain.Content.Notes.Markdown;

/// <summary>
/// Turns a block quote whose first paragraph starts with <c>[!type]</c> (then optionally <c>-</c> or <c>+</c>) into a
/// <see cref="CalloutBlock"/>, as Markdig's own alert parser turns <c>[!NOTE]</c> into an alert; unlike it, callouts may
/// nest (<c>&gt; &gt; [!todo]</c> inside another), as Obsidian's do. Nesting is bounded by Markdig's depth limit on
/// block quotes. The marker is consumed; the title that follows stays in the paragraph as its first line.
/// </summary>
internal sealed class CalloutInlineParser : InlineParser
{
    /// <summary>The longest type (Obsidian's are single words; a longer run is not read as a callout).</summary>
    public const int MaxTypeLength = 64;

    /// <summary>Creates the parser; it triggers on <c>[</c> and only matches when <c>!</c> follows at a quote's start.</summary>
    public CalloutInlineParser() => OpeningCharacters = ['['];

    /// <inheritdoc />
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '!') return false;
        if (processor.Block is not ParagraphBlock paragraph
            || paragraph.Parent is not QuoteBlock quote
            || quote is CalloutBlock
            || quote.Count == 0 || quote[0] != paragraph
            || paragraph.Inline?.FirstChild is not null) return false;

        var text = slice.Text.AsSpan(slice.Start + 2, Math.Max(0, Math.Min(slice.End - slice.Start - 1, MaxTypeLength + 1)));
        var length = 0;
        while (length < text.Length && (char.IsAsciiLetterOrDigit(text[length]) || text[length] is '-' or '_')) length++;
        if (length == 0 || length >= text.Length || text[length] != ']') return false;
        var type = text[..length].ToString().ToLowerInvariant();

        var at = slice.Start + 2 + length + 1;
        var fold = at <= slice.End ? slice.Text[at] : '\0';
        if (fold is '-' or '+') at++;
        while (at <= slice.End && slice.Text[at] is ' ' or '\t') at++;

        var callout = new CalloutBlock
        {
            Type = type,
            Foldable = fold is '-' or '+',
            Folded = fold == '-',
            Span = quote.Span,
            Line = quote.Line,
            Column = quote.Column,
        };
        // Moves the quote's children into the callout and puts it in the quote's place, for the parse that goes on too.
        quote.ReplaceBy(callout);
        processor.ReplaceParentContainer(quote, callout);
        slice.Start = at;
        return true;
    }
}
