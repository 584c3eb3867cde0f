using TimKnowledgeGraph.Graph.Queries;

namespace TimKnowledgeGraph.Host.Web.Data.Rows;

/// <summary>One piece of evidence drawn from a work or a dataset (<c>web-evidence-from</c>) and the claim it bears on.</summary>
[QueryRow("web-evidence-from")]
internal sealed record EvidenceFromRow(
    string? Stance, string? Quote, string? Locator, string? ClaimId, string? ClaimLabel, string? ClaimName, string? SourceFile, long? SourceLine) : ISourced;
