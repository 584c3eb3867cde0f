using TimKnowledgeGraph.Graph.Queries;

namespace TimKnowledgeGraph.Host.Web.Data.Rows;

/// <summary>
/// One critique of a node (<c>critiques</c>): how it reaches the node (directly or inherited, through which ancestor,
/// how many steps up), where it was raised, how it was answered, and its own family.
/// </summary>
[QueryRow("critiques")]
internal sealed record CritiqueRow(
    string? CritiqueId, string? CritiqueName, string? Summary, string? Reach, string? ViaId, string? ViaName, long? Depth,
    IReadOnlyList<Citing> RaisedIn, IReadOnlyList<Linked> Responses, IReadOnlyList<string> Specialises, IReadOnlyList<Linked> CritiquedBy,
    IReadOnlyList<Linked> Motivated, string? SourceFile, long? SourceLine) : ISourced;
