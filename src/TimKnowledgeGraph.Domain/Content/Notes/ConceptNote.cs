namespace TimKnowledgeGraph.Domain.Content.Notes;

/// <summary>A note in <c>concepts/</c>.</summary>
internal sealed record ConceptNote : Note
{
    /// <summary>The allowed concept kinds.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["tim-family", "tim", "concept", "framework", "district-type", "network-kind"];

    /// <inheritdoc />
    public override NoteKind Kind => NoteKind.Concept;

    /// <summary><c>name</c> (required).</summary>
    public Scalar? Name { get; init; }

    /// <summary><c>kind</c> (required), one of <see cref="Kinds"/>.</summary>
    public Scalar? ConceptKind { get; init; }

    /// <summary><c>aliases</c>.</summary>
    public IReadOnlyList<Scalar> Aliases { get; init; } = [];

    /// <summary><c>summary</c>.</summary>
    public Scalar? Summary { get; init; }

    /// <summary><c>year</c>: must be an integer.</summary>
    public Scalar? Year { get; init; }

    /// <summary><c>member_of</c>: concept ids.</summary>
    public IReadOnlyList<IdLink> MemberOf { get; init; } = [];

    /// <summary><c>derived_from</c>: concept ids (derivation).</summary>
    public IReadOnlyList<IdLink> DerivedFrom { get; init; } = [];

    /// <summary><c>is_a</c>: concept ids (kind-of).</summary>
    public IReadOnlyList<IdLink> IsA { get; init; } = [];

    /// <summary><c>motivated_by</c>: concept, reference or critique ids (context or motivation).</summary>
    public IReadOnlyList<IdLink> MotivatedBy { get; init; } = [];

    /// <summary><c>parallels</c>: concept or reference ids.</summary>
    public IReadOnlyList<IdLink> Parallels { get; init; } = [];

    /// <summary><c>overlaps_with</c>: concept ids.</summary>
    public IReadOnlyList<IdLink> OverlapsWith { get; init; } = [];

    /// <summary><c>responds_to</c>: critiques this concept answers.</summary>
    public IReadOnlyList<ResponseLink> RespondsTo { get; init; } = [];
}
