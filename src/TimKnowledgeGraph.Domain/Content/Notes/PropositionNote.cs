namespace TimKnowledgeGraph.Domain.Content.Notes;

/// <summary>A note in <c>propositions/</c>.</summary>
public sealed record PropositionNote : Note
{
    /// <inheritdoc />
    public override NoteKind Kind => NoteKind.Proposition;

    /// <summary><c>number</c> (required, an integer).</summary>
    public Scalar? Number { get; init; }

    /// <summary><c>text</c> (required).</summary>
    public Scalar? Text { get; init; }

    /// <summary><c>derived_from</c>: concept ids and/or reference keys.</summary>
    public IReadOnlyList<LineageLink> DerivedFrom { get; init; } = [];

    /// <summary><c>responds_to</c>: critiques this proposition answers.</summary>
    public IReadOnlyList<ResponseLink> RespondsTo { get; init; } = [];
}
