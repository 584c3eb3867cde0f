using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.Notes;

/// <summary>
/// One item of a typed link list that names a node by id (<c>derived_from</c>, <c>is_a</c>, <c>targets</c>, ...):
/// a plain id, or <c>{id, ref, locator, quote}</c>. <c>ref</c> names the reference that makes the step;
/// <c>locator</c> and <c>quote</c> are the link's ground in the source text.
/// </summary>
public sealed record IdLink(Scalar Target, Scalar? Ref, Scalar? Locator, Scalar? Quote, SourceLocation At);
