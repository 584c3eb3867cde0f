using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace TimKnowledgeGraph.Domain.Content.Notes.Markdown;

/// <summary>
/// Parses Pandoc narrative citations in running text, <c>@key</c> and <c>@key [p. 12]</c>, into a
/// <see cref="CitationInline"/> with <see cref="CitationInline.Narrative"/> set. The <c>@</c> must start a word, so
/// <c>me@example.org</c> stays text; bracketed citations are claimed earlier by <see cref="CitationInlineParser"/>.
/// Unlike Pandoc, which reads <c>@word</c> anywhere as a citation, this parser runs on every note the loader reads,
/// and an unknown key is a load error there: write <c>\@</c> for a literal at sign.
/// </summary>
internal sealed class NarrativeCitationInlineParser : InlineParser
{
    /// <summary>Creates the parser; it triggers on <c>@</c>.</summary>
    public NarrativeCitationInlineParser() => OpeningCharacters = ['@'];

    /// <inheritdoc />
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var at = slice.Start;
        if (at > 0 && (char.IsLetterOrDigit(text[at - 1]) || text[at - 1] is '_' or '@' or '-' or '.' or '/')) return false;
        // "[@key" here is a bracket the bracketed-citation parser turned down, such as the text of [@key](url): a link.
        if (at > 0 && text[at - 1] == '[') return false;

        var (key, keyEnd) = CitationInlineParser.ReadKey(text, at + 1, slice.End + 1);
        if (key is null) return false;
        var end = keyEnd;
        string? locator = null;
        // "@key [p. 12]": the bracket right after the key (one space) holds the locator, as in Pandoc.
        if (keyEnd + 1 <= slice.End && text[keyEnd] == ' ' && text[keyEnd + 1] == '[')
        {
            var close = text.IndexOf(']', keyEnd + 2, Math.Min(slice.End, keyEnd + CitationInlineParser.MaxLength) - (keyEnd + 2) + 1);
            if (close > keyEnd + 2)
            {
                var inside = text[(keyEnd + 2)..close];
                var followedByLink = close + 1 <= slice.End && text[close + 1] is '(' or '[';
                if (!inside.Contains('@') && !inside.Contains('[') && !followedByLink)
                {
                    locator = CitationInlineParser.NormaliseSpace(inside);
                    end = close + 1;
                }
            }
        }

        var start = processor.GetSourcePosition(at, out var line, out var column);
        processor.Inline = new CitationInline
        {
            Narrative = true,
            Items = [new CitationItem(key, locator is { Length: > 0 } ? locator : null, null, false, start)],
            Span = new SourceSpan(start, start + (end - at) - 1),
            Line = line,
            Column = column,
        };
        slice.Start = end;
        return true;
    }
}
