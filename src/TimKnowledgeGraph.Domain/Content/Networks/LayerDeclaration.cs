using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.Networks;

/// <summary>One <c>layers:</c> item of dataset.md: a Network node.</summary>
public sealed record LayerDeclaration(Scalar Id, Scalar? Name, Scalar? Scale, Scalar? Nature, Scalar? Formality, Scalar? InstanceOf, SourceLocation At)
{
    /// <summary>Allowed <c>scale</c> values.</summary>
    public static readonly IReadOnlyList<string> Scales = ["regional", "national", "global"];

    /// <summary>Allowed <c>nature</c> values.</summary>
    public static readonly IReadOnlyList<string> Natures = ["economic", "social", "epistemic", "kinship", "cultural"];

    /// <summary>Allowed <c>formality</c> values.</summary>
    public static readonly IReadOnlyList<string> Formalities = ["formal", "informal"];

    /// <summary>The keys a layer item knows.</summary>
    public static readonly IReadOnlyList<string> Keys = ["id", "name", "scale", "nature", "formality", "instance_of"];
}
