using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.Networks;

/// <summary>
/// One <c>layers:</c> item of dataset.md: a Network node. Only id and nature are required (NetworkVocabulary).
/// <paramref name="Directed"/>: <c>directed: true</c> declares the layer's ties directed (source → target), so the
/// measures use their directed forms; absent or <c>false</c>: undirected, as every layer was before.
/// </summary>
public sealed record LayerDeclaration(Scalar Id, Scalar? Name, Scalar? Scale, Scalar? Nature, Scalar? Formality, Scalar? InstanceOf, SourceLocation At,
    Scalar? Directed = null)
{
    /// <summary>The keys a layer item knows.</summary>
    public static readonly IReadOnlyList<string> Keys = ["id", "name", "scale", "nature", "formality", "instance_of", "directed"];

    /// <summary>Whether the layer is declared directed (<c>directed: true</c>); any other value is not (and is reported).</summary>
    public bool IsDirected => Directed?.Value == "true";
}
