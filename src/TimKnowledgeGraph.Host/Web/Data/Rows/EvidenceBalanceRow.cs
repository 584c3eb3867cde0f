using TimKnowledgeGraph.Graph.Queries;

namespace TimKnowledgeGraph.Host.Web.Data.Rows;

/// <summary>The evidence for and against one claim (<c>evidence-balance</c>): the counts and each item.</summary>
[QueryRow("evidence-balance")]
internal sealed record EvidenceBalanceRow(long? Supports, long? Challenges, long? Qualifies, long? Balance, IReadOnlyList<EvidenceItem> Items);

/// <summary>One piece of evidence: its stance, quote and locator, and the reference or dataset it comes from.</summary>
internal sealed record EvidenceItem(
    string? Stance, string? Quote, string? Locator, string? SourceId, string? SourceLabel, string? SourceTitle, string? SourceYear,
    string? SourceFile, long? SourceLine) : ISourced;
