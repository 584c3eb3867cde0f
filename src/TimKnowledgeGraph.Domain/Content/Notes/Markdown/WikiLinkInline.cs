using Markdig.Syntax.Inlines;

namespace TimKnowledgeGraph.Domain.Content.Notes.Markdown;

/// <summary>
/// An Obsidian wiki-link: <c>[[target]]</c>, <c>[[target|label]]</c>, <c>[[target#heading]]</c> or
/// <c>[[target#heading|label]]</c>. <see cref="Inline.Line"/> and <see cref="Inline.Column"/> are 0-based, in the whole file.
/// </summary>
internal sealed class WikiLinkInline : LeafInline
{
    /// <summary>The link target as written (trimmed): an id, file name, name or alias.</summary>
    public required string Target { get; init; }

    /// <summary>The heading after <c>#</c>, if any.</summary>
    public string? Heading { get; init; }

    /// <summary>The label after <c>|</c>, if any.</summary>
    public string? Label { get; init; }

    /// <summary>What a reader sees: the label, else the target (with its heading).</summary>
    public string DisplayText => Label ?? (Heading is null ? Target : $"{Target} > {Heading}");
}
