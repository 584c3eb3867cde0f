using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.GraphModel;

/// <summary>
/// A relationship as it will be written. Its identity is (Type, From, To, Key): Key tells apart parallel
/// relationships of one type between the same two nodes (e.g. TIE in two network layers); empty otherwise.
/// </summary>
public sealed record GraphRelationship(
    string Type,
    NodeRef From,
    NodeRef To,
    IReadOnlyDictionary<string, object?> Properties,
    SourceLocation Source,
    string Key = "");

/// <summary>A reference to a node by label and id.</summary>
public readonly record struct NodeRef(string Label, string Id)
{
    public override string ToString() => $"({Label} {Id})";
}
