namespace TimKnowledgeGraph.Domain.Content.Notes;

/// <summary>A note in <c>critiques/</c>.</summary>
internal sealed record CritiqueNote : Note
{
    /// <inheritdoc />
    public override NoteKind Kind => NoteKind.Critique;

    /// <summary><c>name</c> (required).</summary>
    public Scalar? Name { get; init; }

    /// <summary><c>summary</c>.</summary>
    public Scalar? Summary { get; init; }

    /// <summary><c>targets</c> (required): concept, proposition and/or critique ids (a critique may target a critique).</summary>
    public IReadOnlyList<IdLink> Targets { get; init; } = [];

    /// <summary><c>raised_in</c> (at least one required).</summary>
    public IReadOnlyList<RefLink> RaisedIn { get; init; } = [];

    /// <summary><c>specialises</c>: more general critiques.</summary>
    public IReadOnlyList<IdLink> Specialises { get; init; } = [];
}
