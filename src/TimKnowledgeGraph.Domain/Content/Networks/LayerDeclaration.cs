using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.Networks;

/// <summary>One <c>layers:</c> item of dataset.md: a Network node. Only id and nature are required (NetworkVocabulary).</summary>
public sealed record LayerDeclaration(Scalar Id, Scalar? Name, Scalar? Scale, Scalar? Nature, Scalar? Formality, Scalar? InstanceOf, SourceLocation At)
{
    /// <summary>The keys a layer item knows.</summary>
    public static readonly IReadOnlyList<string> Keys = ["id", "name", "scale", "nature", "formality", "instance_of"];
}
