using System.Buffers;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using TimKnowledgeGraph.Domain.Content.Unicode;

namespace TimKnowledgeGraph.Domain.Content.Notes.Markdown;

/// <summary>
/// Parses <c>[[target#heading|label]]</c> (in tables <c>[[target#heading\|label]]</c>), and Obsidian's embed
/// <c>![[target]]</c>, into a <see cref="WikiLinkInline"/>. Runs before the link parser, which reads <c>![</c> as an image.
/// </summary>
internal sealed class WikiLinkInlineParser : InlineParser
{
    /// <summary>The longest wiki-link between its brackets (a file name, a heading and a label fit many times over).</summary>
    public const int MaxLength = 1_000;

    private static readonly SearchValues<char> Stops = SearchValues.Create("[]\n\r");

    /// <summary>Creates the parser; it triggers on <c>[</c> (or <c>!</c>) and only matches when <c>[[</c> follows.</summary>
    public WikiLinkInlineParser() => OpeningCharacters = ['[', '!'];

    /// <inheritdoc />
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var embed = slice.CurrentChar == '!';
        var open = embed ? 1 : 0;
        if (embed && slice.PeekChar(1) != '[') return false;
        if (slice.PeekChar(open + 1) != '[') return false;
        var text = slice.Text;
        var contentStart = slice.Start + open + 2;
        if (contentStart > slice.End) return false;
        // The first bracket or line break after "[[" decides: only "]]" closes a wiki-link. Looking no further (and no
        // further than MaxLength) keeps a line of a million unclosed "[[" linear instead of quadratic.
        var window = text.AsSpan(contentStart, Math.Min(slice.End - contentStart + 1, MaxLength + 2));
        var stop = window.IndexOfAny(Stops);
        if (stop < 0 || window[stop] != ']' || stop + 1 >= window.Length || window[stop + 1] != ']') return false;
        var close = contentStart + stop;

        var inner = text.AsSpan(contentStart, close - contentStart);
        // A wiki-link stays on one line and holds no brackets; anything else is left to the link parser.
        if (inner.ContainsAny('[', ']', '\n') || inner.Contains('\r')) return false;

        string? label = null;
        var pipe = inner.IndexOf('|');
        if (pipe >= 0)
        {
            label = inner[(pipe + 1)..].Trim().ToString();
            // In a table Obsidian writes [[target\|label]], since a bare '|' would end the cell: the backslash is part
            // of the separator, not of the target (no note file name can end in one).
            inner = pipe > 0 && inner[pipe - 1] == '\\' ? inner[..(pipe - 1)] : inner[..pipe];
            if (label.Length == 0) label = null;
        }
        string? heading = null;
        var hash = inner.IndexOf('#');
        if (hash >= 0)
        {
            heading = inner[(hash + 1)..].Trim().ToString();
            inner = inner[..hash];
            if (heading.Length == 0) heading = null;
        }
        var target = Identifier.Normalize(inner.Trim().ToString());
        // [[#Heading]] and [[#^block]] link inside the note (IsSameNote); "[[]]" and "[[#]]" name nothing and stay text.
        if (target.Length == 0 && (heading is null || embed)) return false;

        var start = processor.GetSourcePosition(slice.Start, out var line, out var column);
        processor.Inline = new WikiLinkInline
        {
            Target = target,
            Heading = heading,
            Label = label,
            Embed = embed,
            Span = new SourceSpan(start, start + (close + 2 - slice.Start) - 1),
            Line = line,
            Column = column,
        };
        slice.Start = close + 2;
        return true;
    }
}
