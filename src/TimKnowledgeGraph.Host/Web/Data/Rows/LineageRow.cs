using TimKnowledgeGraph.Graph.Queries;

namespace TimKnowledgeGraph.Host.Web.Data.Rows;

/// <summary>One step of a concept's lineage (<c>lineage</c>): its direction and depth, both ends, its ground and where the derived node was introduced.</summary>
[QueryRow("lineage")]
internal sealed record LineageRow(
    string? Direction, long? Depth, string? Relationship, string? FromId, string? FromLabel, string? FromName, string? ToId, string? ToLabel,
    string? ToName, string? StepRef, string? StepLocator, string? StepQuote, IReadOnlyList<Citing> IntroducedIn, string? SourceFile, long? SourceLine) : ISourced;
