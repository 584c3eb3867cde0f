using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.Notes;

/// <summary>A wiki-link found in a note body.</summary>
public sealed record WikiLinkRef(string Target, string? Heading, string? Label, SourceLocation At);
