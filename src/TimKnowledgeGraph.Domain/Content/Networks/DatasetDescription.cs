using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.Networks;

/// <summary>A network dataset's <c>dataset.md</c>.</summary>
public sealed record DatasetDescription
{
    /// <summary>The keys dataset.md knows.</summary>
    public static readonly IReadOnlyList<string> Keys =
        ["id", "title", "source", "locator", "layers", "regions", "waves", "actors", "ties", "graphml"];

    /// <summary>The dataset.md path.</summary>
    public required string File { get; init; }

    /// <summary>The dataset folder name (the default id).</summary>
    public required string Folder { get; init; }

    /// <summary>The effective id: <c>id:</c> if given, else the folder name.</summary>
    public required string Id { get; init; }

    /// <summary>The explicit <c>id:</c>, if any.</summary>
    public Scalar? ExplicitId { get; init; }

    /// <summary>Where the front matter starts.</summary>
    public required SourceLocation At { get; init; }

    /// <summary><c>title</c>.</summary>
    public Scalar? Title { get; init; }

    /// <summary><c>source</c>: a reference key.</summary>
    public Scalar? Source { get; init; }

    /// <summary><c>locator</c> in the source.</summary>
    public Scalar? Locator { get; init; }

    /// <summary>The layers, one Network each.</summary>
    public IReadOnlyList<LayerDeclaration> Layers { get; init; } = [];

    /// <summary>The id of the only layer, when there is exactly one: the layer of a tie that names none.</summary>
    public string? SoleLayer => Layers is [var only] ? only.Id.Value : null;

    /// <summary>The regions actors may be located in.</summary>
    public IReadOnlyList<RegionDeclaration> Regions { get; init; } = [];

    /// <summary>The waves ties and participations may name, in their declared (time) order.</summary>
    public IReadOnlyList<WaveDeclaration> Waves { get; init; } = [];

    /// <summary><c>actors</c>: the actors CSV file name, if given.</summary>
    public Scalar? Actors { get; init; }

    /// <summary><c>ties</c>: the ties CSV file name, if given.</summary>
    public Scalar? Ties { get; init; }

    /// <summary><c>graphml</c>: the GraphML file name, if given.</summary>
    public Scalar? GraphMl { get; init; }

    /// <summary>The Markdown body describing the data.</summary>
    public string Body { get; init; } = "";

    /// <summary>Where the id is declared.</summary>
    public SourceLocation IdAt => ExplicitId?.At ?? At;
}
