using TimKnowledgeGraph.Domain.Diagnostics;
using TimKnowledgeGraph.Domain.GraphModel;

namespace TimKnowledgeGraph.Domain.Content.Validation;

/// <summary>A declared id: its node label, where it was declared, and for concepts their kind.</summary>
internal sealed record IndexedId(string Id, string Label, SourceLocation At, string? ConceptKind = null)
{
    /// <summary>The node this id names.</summary>
    public NodeRef Node => new(Label, Id);
}
