using Markdig.Syntax.Inlines;

namespace TimKnowledgeGraph.Domain.Content.Notes.Markdown;

/// <summary>
/// A bracketed Pandoc citation: <c>[@key]</c>, <c>[@key, p. 12]</c>, <c>[@a; @b, ch. 2]</c>, <c>[see @key p. 3]</c>.
/// A bare <c>@key</c> in running text is not a citation.
/// </summary>
public sealed class CitationInline : LeafInline
{
    /// <summary>The cited works in the order written.</summary>
    public required IReadOnlyList<CitationItem> Items { get; init; }
}
