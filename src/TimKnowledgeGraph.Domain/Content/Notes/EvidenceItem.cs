using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.Notes;

/// <summary>One <c>evidence</c> item. Required parts may be null here; validation reports them.</summary>
public sealed record EvidenceItem(Scalar? Id, Scalar? Stance, Scalar? From, Scalar? Locator, Scalar? Quote, SourceLocation At)
{
    /// <summary>The allowed stances.</summary>
    public static readonly IReadOnlyList<string> Stances = ["supports", "challenges", "qualifies"];
}
