using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.Networks;

/// <summary>One <c>regions:</c> item of dataset.md, or a region only the data names (<see cref="FromData"/>).</summary>
public sealed record RegionDeclaration(Scalar Id, Scalar? Name, SourceLocation At)
{
    /// <summary>The keys a region item knows.</summary>
    public static readonly IReadOnlyList<string> Keys = ["id", "name"];

    /// <summary>
    /// True for a region that dataset.md does not declare and an actor's <c>region</c> names (<see cref="RegionsFromData"/>):
    /// it has no name, and where another dataset declares the same region, that declaration makes the node.
    /// </summary>
    public bool FromData { get; init; }
}
