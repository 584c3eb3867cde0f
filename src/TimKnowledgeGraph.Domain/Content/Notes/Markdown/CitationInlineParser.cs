using System.Globalization;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using TimKnowledgeGraph.Domain.Content.Unicode;

namespace TimKnowledgeGraph.Domain.Content.Notes.Markdown;

/// <summary>
/// Parses Pandoc bracketed citations into <see cref="CitationInline"/>. Every <c>;</c>-separated part must hold one
/// <c>@key</c>, otherwise the brackets are left to the other parsers (so <c>[mail me@example.org]</c> stays text).
/// </summary>
internal sealed class CitationInlineParser : InlineParser
{
    // Pandoc's key syntax: starts with a letter, digit or '_', may contain internal punctuation.
    private const string InternalPunctuation = ":.#$%&-+?<>~/";

    /// <summary>The longest bracketed citation, brackets included (dozens of keys with locators fit).</summary>
    public const int MaxLength = 4_000;

    /// <summary>Creates the parser; it triggers on <c>[</c>.</summary>
    public CitationInlineParser() => OpeningCharacters = ['['];

    /// <inheritdoc />
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var open = slice.Start;
        if (slice.PeekChar(1) == '[') return false;
        var close = -1;
        // No further than MaxLength: a "[@" never closed must not make every later '[' scan the rest of the text.
        for (var i = open + 1; i <= Math.Min(slice.End, open + MaxLength); i++)
        {
            if (text[i] == '[') return false;
            if (text[i] == ']') { close = i; break; }
        }
        if (close < 0) return false;
        // [@key](url) and [@key][ref] are links whose text happens to start with '@'.
        if (close + 1 <= slice.End && text[close + 1] is '(' or '[') return false;

        var items = new List<CitationItem>();
        var partStart = open + 1;
        for (var i = open + 1; i <= close; i++)
        {
            if (i != close && text[i] != ';') continue;
            var item = ParsePart(processor, text, partStart, i);
            if (item is null) return false;
            items.Add(item);
            partStart = i + 1;
        }

        var start = processor.GetSourcePosition(open, out var line, out var column);
        processor.Inline = new CitationInline
        {
            Items = items,
            Span = new SourceSpan(start, start + (close - open)),
            Line = line,
            Column = column,
        };
        slice.Start = close + 1;
        return true;
    }

    private static CitationItem? ParsePart(InlineProcessor processor, string text, int from, int to)
    {
        for (var at = from; at < to; at++)
        {
            if (text[at] != '@') continue;
            var suppress = at > from && text[at - 1] == '-';
            var before = suppress ? at - 1 : at;
            // '@' must start a word: "me@example.org" is not a citation.
            if (before > from && !char.IsWhiteSpace(text[before - 1])) return null;

            var (key, keyEnd) = ReadKey(text, at + 1, to);
            if (key is null) return null;
            var prefix = text[from..before].Trim();
            var locator = text[keyEnd..to].TrimStart(',', ' ', '\t', '\n', '\r').TrimEnd();
            var offset = processor.GetSourcePosition(at, out _, out _);
            return new CitationItem(
                key,
                locator.Length == 0 ? null : NormaliseSpace(locator),
                prefix.Length == 0 ? null : NormaliseSpace(prefix),
                suppress, offset);
        }
        return null;
    }

    /// <summary>Reads a Pandoc key (<c>key</c> or <c>{odd key}</c>) starting at <paramref name="start"/>, in NFC; null key when there is none.</summary>
    internal static (string? Key, int End) ReadKey(string text, int start, int limit)
    {
        if (start >= limit) return (null, start);
        if (text[start] == '{')
        {
            // @{key with odd characters}
            var close = text.IndexOf('}', start, limit - start);
            return close <= start + 1 ? (null, start) : (Identifier.Normalize(text[(start + 1)..close]), close + 1);
        }
        if (!(char.IsLetterOrDigit(text[start]) || text[start] == '_')) return (null, start);
        var end = start + 1;
        while (end < limit && (char.IsLetterOrDigit(text[end]) || text[end] == '_' || IsMark(text[end]) || InternalPunctuation.Contains(text[end])))
            end++;
        // Punctuation is only part of a key when something follows it: "@key." ends a sentence.
        while (end > start + 1 && InternalPunctuation.Contains(text[end - 1])) end--;
        return (Identifier.Normalize(text[start..end]), end);
    }

    // A combining mark belongs to the letter before it: "@Mu\u0308ller2020", a key typed in NFD, is the key "Müller2020",
    // not "@Mu" and a locator.
    private static bool IsMark(char c) =>
        char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    internal static string NormaliseSpace(string value) =>
        string.Join(' ', value.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
}
