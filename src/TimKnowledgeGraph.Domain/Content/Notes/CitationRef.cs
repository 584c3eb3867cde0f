using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.Notes;

/// <summary>One cited key found in a note body (a citation of several keys gives several of these).</summary>
public sealed record CitationRef(string Key, string? Locator, SourceLocation At);
