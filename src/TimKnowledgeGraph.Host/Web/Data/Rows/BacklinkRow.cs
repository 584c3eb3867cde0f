using TimKnowledgeGraph.Graph.Queries;

namespace TimKnowledgeGraph.Host.Web.Data.Rows;

/// <summary>One link into a node (<c>backlinks</c>), with the content line that made it.</summary>
[QueryRow("backlinks")]
internal sealed record BacklinkRow(
    string? Relationship, string? FromId, string? FromLabel, string? FromName, string? Locator, string? SourceFile, long? SourceLine) : ISourced;
