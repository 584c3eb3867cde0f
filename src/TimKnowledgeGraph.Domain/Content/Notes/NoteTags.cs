using System.Buffers;
using System.Globalization;
using System.Text;
using Markdig.Syntax;
using TimKnowledgeGraph.Domain.Content.Notes.FrontMatter;
using TimKnowledgeGraph.Domain.Content.Notes.Markdown;
using TimKnowledgeGraph.Domain.Content.Unicode;
using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.Notes;

/// <summary>
/// A note's Obsidian tags: those of its front matter's <c>tags</c> property, then those written in its text
/// (<see cref="TagInline"/>), each once. Obsidian counts both alike in its tag pane and compares tags without regard to
/// case; the first spelling is kept. Tags are read in NFC (<see cref="Identifier"/>): <c>#café</c> typed on macOS and on
/// Windows is one tag.
/// </summary>
internal static class NoteTags
{
    /// <summary>The front matter's tags, then the text's, without their <c>#</c>, each once.</summary>
    public static IReadOnlyList<string> Read(YamlMap fm, MarkdownDocument markdown, IDiagnosticSink sink)
    {
        var tags = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var tag in FrontMatterTags(fm, sink).Concat(markdown.Descendants<TagInline>().Select(t => t.Tag)))
            if (seen.Add(tag)) tags.Add(tag);
        return tags;
    }

    /// <summary>True when <paramref name="text"/> is a tag as Obsidian reads one after <c>#</c>.</summary>
    public static bool IsTag(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || TagLength(text) != text.Length) return false;
        foreach (var c in text)
            if (!char.IsAsciiDigit(c)) return true;
        return false;
    }

    /// <summary>
    /// How many characters at the start of <paramref name="text"/> a tag is made of: letters, digits, <c>_</c>, <c>-</c>
    /// and <c>/</c> (nested tags). Letters in every script, read by code point and with their marks (Unicode's word
    /// characters): Hindi writes vowels as marks (हिन्दी), an accent may be a mark of its own (cafe + U+0301), a CJK
    /// Extension B letter is two UTF-16 units, and Persian and Indic words hold joiners (U+200C, U+200D). Read one UTF-16
    /// unit at a time, "#हिन्दी" was the tag "ह" and the rest text.
    /// </summary>
    public static int TagLength(ReadOnlySpan<char> text)
    {
        var length = 0;
        while (length < text.Length && Rune.DecodeFromUtf16(text[length..], out var rune, out var used) == OperationStatus.Done && IsTagRune(rune))
            length += used;
        return length;
    }

    private static bool IsTagRune(Rune rune) =>
        rune.Value is '_' or '-' or '/' or 0x200C or 0x200D
        || Rune.GetUnicodeCategory(rune) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.DecimalDigitNumber;

    // "tags: [regional-policy, tim/critique]": each item a tag. Obsidian's older notes wrote one text, "tags: a, b" or
    // "tags: a b", which it splits at commas and spaces. A leading '#' is read past, as Obsidian does.
    private static IEnumerable<string> FrontMatterTags(YamlMap fm, IDiagnosticSink sink)
    {
        var oneText = fm.Get("tags") is YamlDotNet.RepresentationModel.YamlScalarNode;
        foreach (var item in fm.ScalarList("tags"))
        {
            var parts = oneText ? item.Value.Split([',', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries) : [item.Value];
            foreach (var part in parts)
            {
                var tag = part.StartsWith('#') ? part[1..] : part;
                if (IsTag(tag))
                {
                    yield return Identifier.Normalize(tag);
                    continue;
                }
                sink.Report(Diagnostic.Warning(item.At, Validation.DiagnosticCodes.WrongType,
                    $"'tags' holds '{EchoedValue.Of(part)}', which is no tag; a tag is letters, digits, '_', '-' and '/', not only digits (as Obsidian reads it); it is ignored"));
            }
        }
    }
}
