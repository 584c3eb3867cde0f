using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.Notes;

/// <summary>
/// One <c>cito</c> item: <c>{relation, ref, from, locator, quote}</c>. <c>relation</c> is a CiTO property
/// (<c>cito:extends</c>); the citing side is the note itself, or the reference <c>from</c> names
/// (a reference-to-reference relation the note's text reports).
/// </summary>
public sealed record CitoLink(Scalar? Relation, Scalar Ref, Scalar? From, Scalar? Locator, Scalar? Quote, SourceLocation At);
