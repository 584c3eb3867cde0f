namespace TimKnowledgeGraph.Domain.Citations;

/// <summary>One work cited in the text: <c>[see @key, p. 12]</c> or <c>-@key</c> (author already named).</summary>
/// <param name="Key">The citation key.</param>
/// <param name="Locator">The pinpoint as written (<c>p. 12</c>), or null.</param>
/// <param name="Prefix">Text before the key (<c>see</c>), or null.</param>
/// <param name="SuppressAuthor">Only the year (and locator) is printed.</param>
public sealed record CiteItem(string Key, string? Locator = null, string? Prefix = null, bool SuppressAuthor = false);
