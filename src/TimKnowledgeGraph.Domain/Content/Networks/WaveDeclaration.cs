using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.Networks;

/// <summary>One <c>waves:</c> item of dataset.md: an id (a plain item) or a map with <c>id</c> and <c>name</c>; its position is its order.</summary>
public sealed record WaveDeclaration(Scalar Id, Scalar? Name, SourceLocation At)
{
    /// <summary>The keys a wave map knows.</summary>
    public static readonly IReadOnlyList<string> Keys = ["id", "name"];
}
