using Markdig.Syntax.Inlines;

namespace TimKnowledgeGraph.Domain.Content.Notes.Markdown;

/// <summary>
/// A Pandoc citation: bracketed (<c>[@key]</c>, <c>[@key, p. 12]</c>, <c>[@a; @b, ch. 2]</c>, <c>[see @key p. 3]</c>), or
/// narrative in running text (<c>@key</c>, <c>@key [p. 12]</c>), which names the author in the sentence.
/// </summary>
internal sealed class CitationInline : LeafInline
{
    /// <summary>True for <c>@key</c> in running text ("Storper (1993)"), false for a bracketed citation ("(Storper, 1993)").</summary>
    public bool Narrative { get; init; }

    /// <summary>The cited works in the order written.</summary>
    public required IReadOnlyList<CitationItem> Items { get; set; }
}
