using Markdig.Syntax;
using TimKnowledgeGraph.Domain.Content.Notes.FrontMatter;
using TimKnowledgeGraph.Domain.Content.Notes.Markdown;
using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.Notes;

/// <summary>
/// A note's Obsidian tags: those of its front matter's <c>tags</c> property, then those written in its text
/// (<see cref="TagInline"/>), each once. Obsidian counts both alike in its tag pane and compares tags without regard to
/// case; the first spelling is kept.
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
        if (text.IsEmpty) return false;
        var word = false;
        foreach (var c in text)
        {
            if (!IsTagCharacter(c)) return false;
            word |= !char.IsAsciiDigit(c);
        }
        return word;
    }

    /// <summary>Letters, digits, <c>_</c>, <c>-</c> and <c>/</c> (nested tags): what a tag is made of.</summary>
    public static bool IsTagCharacter(char c) => char.IsLetterOrDigit(c) || c is '_' or '-' or '/';

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
                    yield return tag;
                    continue;
                }
                sink.Report(Diagnostic.Warning(item.At, Validation.DiagnosticCodes.WrongType,
                    $"'tags' holds '{part}', which is no tag; a tag is letters, digits, '_', '-' and '/', not only digits (as Obsidian reads it); it is ignored"));
            }
        }
    }
}
