using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.Notes;

/// <summary>One <c>derived_from</c> item: a plain id, or <c>{id, ref, locator}</c>.</summary>
public sealed record LineageLink(Scalar Target, Scalar? Ref, Scalar? Locator, SourceLocation At);
