using Markdig.Syntax.Inlines;

namespace TimKnowledgeGraph.Domain.Content.Notes.Markdown;

/// <summary>
/// Obsidian's block id, <c>^quote-1</c> at the end of a paragraph: <c>[[note#^quote-1]]</c> and <c>[[#^quote-1]]</c> link
/// to the paragraph. Not shown; the paragraph gets the id <see cref="AnchorId"/> gives.
/// </summary>
internal sealed class BlockIdInline : LeafInline
{
    /// <summary>The id, without the <c>^</c>: letters, digits and <c>-</c>.</summary>
    public required string Id { get; init; }

    /// <summary>
    /// The page id of a heading or a block a link's fragment names (<c>Heading</c> or <c>^block</c>): a block's is
    /// <c>note-^block</c>, a heading's <see cref="WikiLinkInline.HeadingId"/>. The caret, which no heading id holds,
    /// keeps the two apart.
    /// </summary>
    public static string AnchorId(string fragment) =>
        fragment.StartsWith('^') ? "note-" + fragment : WikiLinkInline.HeadingId(WikiLinkInline.NamedHeading(fragment));
}
