using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.References;

/// <summary>A reference as read from BibTeX or CSL-JSON, in one shape for both.</summary>
internal sealed record ReferenceRecord
{
    /// <summary>The citation key: the Reference node's id.</summary>
    public required string Id { get; init; }

    /// <summary>Where the key is written.</summary>
    public required SourceLocation IdAt { get; init; }

    /// <summary>Where the entry or item starts.</summary>
    public required SourceLocation At { get; init; }

    /// <summary>The entry type as the export names it (<c>article</c>, <c>article-journal</c>, <c>book</c>...).</summary>
    public string? Type { get; init; }

    /// <summary>The title, as plain text.</summary>
    public string? Title { get; init; }

    /// <summary>The year of publication.</summary>
    public long? Year { get; init; }

    /// <summary>The authors in order.</summary>
    public IReadOnlyList<PersonName> Authors { get; init; } = [];

    /// <summary>The journal, book or proceedings it appeared in.</summary>
    public string? Container { get; init; }

    /// <summary>The editors in order (of an edited book, or of the book a chapter is in).</summary>
    public IReadOnlyList<PersonName> Editors { get; init; } = [];

    /// <summary>Journal volume.</summary>
    public string? Volume { get; init; }

    /// <summary>Journal issue (BibTeX <c>number</c>).</summary>
    public string? Issue { get; init; }

    /// <summary>Pages or page range.</summary>
    public string? Pages { get; init; }

    /// <summary>The publisher.</summary>
    public string? Publisher { get; init; }

    /// <summary>Where it was published (BibTeX <c>address</c>/<c>location</c>, CSL <c>publisher-place</c>).</summary>
    public string? Place { get; init; }

    /// <summary>The DOI, if any (books and chapters often have none).</summary>
    public string? Doi { get; init; }

    /// <summary>The URL, if any.</summary>
    public string? Url { get; init; }
}
