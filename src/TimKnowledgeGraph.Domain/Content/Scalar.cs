using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content;

/// <summary>A value read from content, with where it was written (for diagnostics and provenance).</summary>
public sealed record Scalar(string Value, SourceLocation At)
{
    /// <inheritdoc />
    public override string ToString() => Value;
}
