using Markdig.Syntax;

namespace TimKnowledgeGraph.Domain.Content.Notes.Markdown;

/// <summary>
/// An Obsidian callout: a block quote whose first line is <c>&gt; [!type] Title</c>, <c>&gt; [!type]- Title</c> (folded) or
/// <c>&gt; [!type]+ Title</c> (foldable, open). Its children are the quote's: the first paragraph starts with the title
/// (its inlines up to the first line break, <see cref="HtmlCalloutRenderer"/>), so links in a title are in the tree where
/// the parse and the page both read them.
/// </summary>
internal sealed class CalloutBlock() : QuoteBlock(null)
{
    /// <summary>The type as written (<c>warning</c>, <c>my-type</c>), lower-cased.</summary>
    public required string Type { get; init; }

    /// <summary>Written with <c>-</c> or <c>+</c> after the type: the reader can fold it.</summary>
    public bool Foldable { get; init; }

    /// <summary>Written with <c>-</c>: folded until the reader opens it.</summary>
    public bool Folded { get; init; }
}
