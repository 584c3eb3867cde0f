using TimKnowledgeGraph.Domain.Citations;
using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.References;

/// <summary>
/// A reference as read from BibTeX or CSL-JSON: the work in its one shape (<see cref="CitedWork"/>, which the graph
/// stores and every reader binds), and where the file declares it.
/// </summary>
/// <param name="Work">What the entry or item says of the work; its key is the Reference node's id.</param>
/// <param name="IdAt">Where the key is written.</param>
/// <param name="At">Where the entry or item starts.</param>
internal sealed record ReferenceRecord(CitedWork Work, SourceLocation IdAt, SourceLocation At)
{
    /// <summary>The citation key: the Reference node's id.</summary>
    public string Id => Work.Key;

    /// <summary>The authors in order.</summary>
    public IReadOnlyList<PersonName> Authors => Work.Authors;
}
