using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace TimKnowledgeGraph.Domain.Content.Notes.Markdown;

/// <summary>
/// Parses Obsidian's inline footnote <c>^[text]</c> into an <see cref="InlineFootnote"/>. The text ends at the <c>]</c>
/// that balances the <c>[</c> (escaped brackets not counted), and is parsed as inlines by the same parsers, where it is
/// written. The brackets of a paragraph are matched once, in one pass, when its first <c>^[</c> is met, so a paragraph
/// of a million <c>^[</c> stays linear; an inline footnote inside another stays text, so parsing never recurses.
/// </summary>
internal sealed class InlineFootnoteParser : InlineParser
{
    private static readonly object NestedKey = new();

    /// <summary>Creates the parser; it triggers on <c>^</c> and only matches when <c>[</c> follows.</summary>
    public InlineFootnoteParser() => OpeningCharacters = ['^'];

    /// <inheritdoc />
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '[' || processor.Block is not { } block || block.GetData(NestedKey) is not null) return false;
        // Per paragraph (Markdig clears the parser states at each block): the closing bracket of every '^['.
        if (processor.ParserStates[Index] is not Dictionary<int, int> closes)
            processor.ParserStates[Index] = closes = MatchBrackets(slice.Text, slice.Start, slice.End);
        if (!closes.TryGetValue(slice.Start + 1, out var close)) return false;

        var text = slice.Text;
        var content = new ParagraphBlock { Line = block.Line, Column = block.Column };
        content.SetData(NestedKey, true);
        content.Lines = new StringLineGroup(4);
        // One line per line of the text, each a slice of this paragraph's text, so the inner parse reads what is written.
        for (var start = slice.Start + 2; ;)
        {
            var end = text.IndexOf('\n', start, close - start);
            content.Lines.Add(new StringLine(new StringSlice(text, start, end < 0 ? close - 1 : end - 1), 0, 0, start, NewLine.LineFeed));
            if (end < 0) break;
            start = end + 1;
        }
        new InlineProcessor(processor.Document, processor.Parsers, processor.PreciseSourceLocation, processor.Context).ProcessInlineLeaf(content);

        var footnote = new InlineFootnote { IsClosed = true };
        var position = processor.GetSourcePosition(slice.Start, out var line, out var column);
        footnote.Span = new SourceSpan(position, processor.GetSourcePosition(close));
        footnote.Line = line;
        footnote.Column = column;
        while (content.Inline?.FirstChild is { } child)
        {
            child.Remove();
            footnote.AppendChild(child);
        }
        // The inner parse located its inlines in this paragraph's text; the file's offsets are the outer parse's.
        foreach (var inline in footnote.Descendants<Inline>().ToList()) Relocate(processor, inline);
        processor.Inline = footnote;
        slice.Start = close + 1;
        return true;
    }

    private static void Relocate(InlineProcessor processor, Inline inline)
    {
        if (!inline.Span.IsEmpty)
        {
            var start = processor.GetSourcePosition(inline.Span.Start, out var line, out var column);
            inline.Span = new SourceSpan(start, processor.GetSourcePosition(inline.Span.End));
            inline.Line = line;
            inline.Column = column;
        }
        if (inline is CitationInline citation)
            citation.Items = [.. citation.Items.Select(i => i with { Offset = processor.GetSourcePosition(i.Offset) })];
    }

    // One pass over the rest of the paragraph: for each '[' right after a '^', the ']' that balances it. A code span
    // (CommonMark: code spans bind tighter than brackets) is skipped whole, so `]` inside one closes nothing.
    private static Dictionary<int, int> MatchBrackets(string text, int start, int end)
    {
        var closes = new Dictionary<int, int>();
        var open = new Stack<int>();
        var codeSpans = new BacktickRuns(text, start, end);
        for (var i = start; i <= end; i++)
        {
            switch (text[i])
            {
                case '\\':
                    i++;
                    break;
                case '`':
                    i = codeSpans.EndOfSpanAt(i) - 1;
                    break;
                case '[':
                    open.Push(i);
                    break;
                case ']' when open.Count > 0:
                    var opened = open.Pop();
                    if (opened > start && text[opened - 1] == '^' && i > opened + 1) closes[opened] = i;
                    break;
            }
        }
        return closes;
    }

    /// <summary>
    /// The backtick runs of a paragraph, by length, so a code span's end is found by a binary search rather than a scan
    /// (a paragraph of many unmatched runs of different lengths stays near linear).
    /// </summary>
    private sealed class BacktickRuns
    {
        private readonly string _text;
        private readonly int _end;
        private readonly Dictionary<int, List<int>> _startsByLength = [];

        public BacktickRuns(string text, int start, int end)
        {
            (_text, _end) = (text, end);
            for (var i = start; i <= end;)
            {
                if (text[i] != '`') { i++; continue; }
                var length = RunLength(i);
                if (!_startsByLength.TryGetValue(length, out var starts)) _startsByLength[length] = starts = [];
                starts.Add(i);
                i += length;
            }
        }

        /// <summary>
        /// The index after the code span that opens at <paramref name="at"/>: after the next run of the same length, or
        /// after the opening run itself when none closes it (its backticks are then literal).
        /// </summary>
        public int EndOfSpanAt(int at)
        {
            var length = RunLength(at);
            var afterOpening = at + length;
            if (_startsByLength.TryGetValue(length, out var starts))
            {
                var next = starts.BinarySearch(afterOpening);
                if (next < 0) next = ~next;
                if (next < starts.Count) return starts[next] + length;
            }
            return afterOpening;
        }

        private int RunLength(int at)
        {
            var i = at;
            while (i <= _end && _text[i] == '`') i++;
            return i - at;
        }
    }
}
