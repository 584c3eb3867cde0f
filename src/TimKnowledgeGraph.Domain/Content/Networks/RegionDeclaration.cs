using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.Networks;

/// <summary>One <c>regions:</c> item of dataset.md.</summary>
public sealed record RegionDeclaration(Scalar Id, Scalar? Name, SourceLocation At)
{
    /// <summary>The keys a region item knows.</summary>
    public static readonly IReadOnlyList<string> Keys = ["id", "name"];
}
