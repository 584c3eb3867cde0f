using Markdig.Syntax.Inlines;

namespace TimKnowledgeGraph.Domain.Content.Notes.Markdown;

/// <summary>
/// Obsidian's inline footnote, <c>^[text]</c>: its children are the footnote's text, parsed where it is written (links
/// and citations in it are the note's, at their places), shown in the note's list of footnotes.
/// </summary>
internal sealed class InlineFootnote : ContainerInline
{
    /// <summary>The footnote's number among the note's footnotes (<see cref="FootnoteNumbering"/>); 0 before numbering.</summary>
    public int Number { get; set; }

    /// <summary>The number of this reference among all footnote references of the note, for the link back to it.</summary>
    public int ReferenceIndex { get; set; }
}
