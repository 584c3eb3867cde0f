using TimKnowledgeGraph.Domain.Citations;

namespace TimKnowledgeGraph.Domain.Content.Notes.Markdown;

/// <summary>What rendering a note body needs to know of the rest of the knowledge base: where links go and what they are called.</summary>
public sealed record NoteLinks
{
    /// <summary>Maps a wiki-link target to an href; null renders an unresolved span. It is given paths too
    /// (<c>concepts/alpha</c>), as the note writes them or made from the content folder (see <see cref="NoteFile"/>).</summary>
    public Func<string, string?>? WikiLinkHref { get; init; }

    /// <summary>Maps a wiki-link target to the name of what it names; null shows the target as written.</summary>
    public Func<string, string?>? WikiLinkName { get; init; }

    /// <summary>Maps a citation key to an href; null renders the citation without a link.</summary>
    public Func<string, string?>? CitationHref { get; init; }

    /// <summary>The works citations are formatted from; null shows the keys themselves.</summary>
    public Bibliography? Bibliography { get; init; }

    /// <summary>The rendered note's file (from the content folder), for links written relative to it; null reads none so.</summary>
    public string? NoteFile { get; init; }

    /// <summary>The in-text citation style.</summary>
    public CitationStyle Style { get; init; } = CitationStyles.Default;
}
