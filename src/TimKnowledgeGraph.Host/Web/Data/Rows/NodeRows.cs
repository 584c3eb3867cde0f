using TimKnowledgeGraph.Graph.Queries;

namespace TimKnowledgeGraph.Host.Web.Data.Rows;

// web-node answers one column, `node`, the node's properties as a map; each page binds the properties it shows.

/// <summary>A concept's node (<c>web-node</c> with label Concept).</summary>
[QueryRow("web-node")]
internal sealed record ConceptNodeRow(ConceptNode? Node);

/// <summary>A concept's properties as the concept page shows them.</summary>
internal sealed record ConceptNode(
    string? Id, string? Kind, string? Name, IReadOnlyList<string> Aliases, string? Summary, string? Year, string? Body,
    IReadOnlyList<string>? Tags, string? SourceFile, long? SourceLine) : ISourced
{
    /// <summary>The year as a number (null when not a whole number).</summary>
    public long? YearNumber => long.TryParse(Year, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var y) ? y : null;
}

/// <summary>A critique's node (<c>web-node</c> with label Critique).</summary>
[QueryRow("web-node")]
internal sealed record CritiqueNodeRow(NoteNode? Node);

/// <summary>A proposition's node (<c>web-node</c> with label Proposition).</summary>
[QueryRow("web-node")]
internal sealed record PropositionNodeRow(NoteNode? Node);

/// <summary>
/// A critique's or proposition's properties: a critique has a name and summary, a proposition a number and text;
/// both have a note body.
/// </summary>
internal sealed record NoteNode(string? Name, string? Summary, string? Number, string? Text, string? Body, IReadOnlyList<string>? Tags,
    string? SourceFile, long? SourceLine) : ISourced;

/// <summary>An author's node (<c>web-node</c> with label Author).</summary>
[QueryRow("web-node")]
internal sealed record AuthorNodeRow(AuthorNode? Node);

/// <summary>An author's properties.</summary>
internal sealed record AuthorNode(string? Name, string? Family, string? SourceFile, long? SourceLine) : ISourced;

/// <summary>A reference's node (<c>web-node</c> with label Reference).</summary>
[QueryRow("web-node")]
internal sealed record ReferenceNodeRow(ReferenceNode? Node);

/// <summary>A reference's properties: the work (bound from the node's own properties) and where it came from.</summary>
internal sealed record ReferenceNode(Domain.Citations.CitedWork Work, string? SourceFile, long? SourceLine) : ISourced;

/// <summary>A network dataset's node and what its page's analyses depend on (<c>web-dataset</c>).</summary>
[QueryRow("web-dataset")]
internal sealed record DatasetNodeRow(DatasetNode? Node, string? ImportRun, string? ImportState, string? LoadId)
{
    /// <summary>
    /// What the analyses depend on: the dataset's import run (none for content) and the latest content load (regions
    /// and concepts are content's). An import still running has no version: its answers are not kept.
    /// </summary>
    public string? Version => ImportState is { } state && state != "complete" ? null : $"{ImportRun}|{ImportState}|{LoadId}";
}

/// <summary>A dataset's properties as its page shows them.</summary>
internal sealed record DatasetNode(
    string? Id, string? Title, string? Source, string? Locator, string? Body, IReadOnlyList<string> Waves, IReadOnlyList<string> WaveNames, bool Timed,
    string? SourceFile, long? SourceLine)
    : ISourced;
