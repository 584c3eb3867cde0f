using Markdig.Syntax.Inlines;

namespace TimKnowledgeGraph.Domain.Content.Notes.Markdown;

/// <summary>An Obsidian tag in the text, <c>#regional-policy</c> or <c>#tim/critique</c>: shown as a tag and read into the note's <c>tags</c> (<see cref="NoteTags"/>).</summary>
internal sealed class TagInline : LeafInline
{
    /// <summary>The tag without its <c>#</c>.</summary>
    public required string Tag { get; init; }
}
