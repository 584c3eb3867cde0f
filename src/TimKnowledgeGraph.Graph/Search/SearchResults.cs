namespace TimKnowledgeGraph.Graph.Search;

/// <summary>What to look for.</summary>
/// <param name="Text">The user's text: words, <c>"phrases"</c>, <c>prefix*</c>, <c>AND</c>/<c>OR</c>/<c>-not</c>.</param>
/// <param name="Type">Only results of this type (a label), or null for all.</param>
/// <param name="Limit">Most hits per type.</param>
public sealed record SearchRequest(string Text, string? Type = null, int Limit = SearchRequest.DefaultLimit)
{
    /// <summary>Hits per type unless asked otherwise.</summary>
    public const int DefaultLimit = 10;

    /// <summary>The most hits per type anyone may ask for.</summary>
    public const int MaxLimit = 200;

    /// <summary>Longer text is cut here (at a word boundary): nobody types more, and it bounds the parser's work.</summary>
    public const int MaxTextLength = 200;
}

/// <summary>The answer to a <see cref="SearchRequest"/>: groups by type, best group first.</summary>
/// <param name="Query">The text searched for (after cutting to <see cref="SearchRequest.MaxTextLength"/>).</param>
/// <param name="Total">All hits, over every type.</param>
/// <param name="Groups">One group per type with hits, ordered by their best hit's score.</param>
/// <param name="Approximate">True when nothing matched exactly and these are near spellings (typo tolerance).</param>
/// <param name="Truncated">True when the text was longer than <see cref="SearchRequest.MaxTextLength"/> and was cut.</param>
public sealed record SearchResults(string Query, int Total, IReadOnlyList<SearchGroup> Groups, bool Approximate, bool Truncated)
{
    /// <summary>No text, no hits.</summary>
    public static SearchResults Empty(string query) => new(query, 0, [], false, false);
}

/// <summary>The hits of one type.</summary>
/// <param name="Type">The label.</param>
/// <param name="Total">How many of this type matched (more than <see cref="Hits"/> when the limit cut them).</param>
/// <param name="Hits">The best hits, best first.</param>
public sealed record SearchGroup(string Type, int Total, IReadOnlyList<SearchHit> Hits);

/// <summary>One result.</summary>
/// <param name="Type">The label of the matching node.</param>
/// <param name="Id">Its id.</param>
/// <param name="Name">Its name, as plain text.</param>
/// <param name="NameHtml">Its name, HTML-escaped, with matched words in <c>&lt;mark&gt;</c>.</param>
/// <param name="SnippetHtml">The best passage of its texts, HTML-escaped except the <c>&lt;mark&gt;</c> around matched words.</param>
/// <param name="Score">Lucene's score (higher is better; comparable within one answer only).</param>
/// <param name="LinkType">The label of the page to open.</param>
/// <param name="LinkId">The id of the page to open.</param>
public sealed record SearchHit(string Type, string Id, string Name, string NameHtml, string? SnippetHtml, float Score, string LinkType, string LinkId);
