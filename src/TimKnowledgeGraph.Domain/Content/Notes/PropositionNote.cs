namespace TimKnowledgeGraph.Domain.Content.Notes;

/// <summary>A note in <c>propositions/</c>.</summary>
internal sealed record PropositionNote : Note
{
    /// <inheritdoc />
    public override NoteKind Kind => NoteKind.Proposition;

    /// <summary><c>number</c> (required, an integer).</summary>
    public Scalar? Number { get; init; }

    /// <summary><c>text</c> (required).</summary>
    public Scalar? Text { get; init; }

    /// <summary><c>derived_from</c>: concept ids, proposition ids and/or reference keys.</summary>
    public IReadOnlyList<IdLink> DerivedFrom { get; init; } = [];

    /// <summary><c>motivated_by</c>: concept, proposition, reference or critique ids.</summary>
    public IReadOnlyList<IdLink> MotivatedBy { get; init; } = [];

    /// <summary><c>parallels</c>: concept, proposition or reference ids.</summary>
    public IReadOnlyList<IdLink> Parallels { get; init; } = [];

    /// <summary><c>responds_to</c>: critiques this proposition answers.</summary>
    public IReadOnlyList<ResponseLink> RespondsTo { get; init; } = [];
}
