namespace TimKnowledgeGraph.Domain.Content.Notes.Markdown;

/// <summary>One cited work inside a Pandoc citation: <c>[see @key, p. 12]</c>.</summary>
/// <param name="Key">The citation key, without <c>@</c>.</param>
/// <param name="Locator">What follows the key (<c>p. 12</c>, <c>ch. 2</c>), without the leading comma; null when none.</param>
/// <param name="Prefix">Text before the key (<c>see</c>); null when none.</param>
/// <param name="SuppressAuthor">Written <c>-@key</c>: the author is named in the text already.</param>
/// <param name="Offset">The <c>@</c>'s character offset in the file (its line and column: <see cref="Diagnostics.LineIndex"/>).</param>
internal sealed record CitationItem(string Key, string? Locator, string? Prefix, bool SuppressAuthor, int Offset);
