using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.Notes;

/// <summary>One <c>responds_to</c> item: a plain critique id, or <c>{critique, how, locator, quote}</c>.</summary>
internal sealed record ResponseLink(Scalar Critique, Scalar? How, Scalar? Locator, Scalar? Quote, SourceLocation At);
