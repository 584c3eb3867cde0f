using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.Notes;

/// <summary>
/// A wiki-link found in a note body. <see cref="Target"/> is what it is resolved as: the target as written, or, when
/// written relative to the note (<c>../concepts/alpha</c>), that path from the content folder; messages quote
/// <see cref="Written"/>.
/// </summary>
public sealed record WikiLinkRef(string Target, string? Heading, string? Label, SourceLocation At)
{
    /// <summary>The target as the note writes it.</summary>
    public string Written { get; init; } = Target;
}
