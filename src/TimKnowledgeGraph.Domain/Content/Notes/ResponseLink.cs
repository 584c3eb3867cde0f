using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.Notes;

/// <summary>One <c>responds_to</c> item: a plain critique id, or <c>{critique, how}</c>.</summary>
public sealed record ResponseLink(Scalar Critique, Scalar? How, SourceLocation At);
