using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.Notes;

/// <summary>One <c>introduced_in</c> or <c>raised_in</c> item: a plain reference key, or <c>{ref, locator, quote}</c>.</summary>
public sealed record RefLink(Scalar Ref, Scalar? Locator, Scalar? Quote, SourceLocation At);
