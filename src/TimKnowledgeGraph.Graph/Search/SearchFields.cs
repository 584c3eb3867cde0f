namespace TimKnowledgeGraph.Graph.Search;

/// <summary>The index's fields. Each text is indexed twice: stemmed (for words) and plain (for prefixes and typos).</summary>
internal static class SearchFields
{
    public const string Key = "key";
    public const string Type = "type";
    public const string TypeOrdinal = "type_n";
    public const string Id = "id";
    public const string LinkType = "link_type";
    public const string LinkId = "link_id";
    public const string Fingerprint = "fingerprint";

    public const string Name = "name";
    public const string Alias = "alias";
    public const string Summary = "summary";
    public const string Body = "body";
    /// <summary>The id's words ("storper1993", "learning-region"), so keys researchers know find their node.</summary>
    public const string Ident = "ident";

    /// <summary>The suffix of a text field's unstemmed twin.</summary>
    public const string PlainSuffix = "_p";

    /// <summary>
    /// Ranking: a match in the name counts most, then aliases, summary, body (the order). The gaps are wide
    /// so that length normalisation (a short name weighs more than a long body anyway) cannot reorder the tiers.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, float> Boosts = new Dictionary<string, float>
    {
        [Name] = 8f,
        [Alias] = 4f,
        [Summary] = 2f,
        [Body] = 1f,
        [Ident] = 1f,
    };

    public static readonly string[] Stemmed = [Name, Alias, Summary, Body, Ident];

    public static string Plain(string field) => field + PlainSuffix;

    /// <summary>
    /// The texts snippets are cut from, each also indexed (not stored, not searched) by the highlighting analyzer, so
    /// whether a hit's text holds a word to mark is one index lookup rather than an analysis of the whole text.
    /// </summary>
    public static readonly string[] Highlighted = [Alias, Summary, Body];

    /// <summary>The prefix of a text's highlighting twin.</summary>
    public const string HighlightPrefix = "hl_";

    public static string Highlight(string field) => HighlightPrefix + field;

    public static bool IsPlain(string field) => field.EndsWith(PlainSuffix, StringComparison.Ordinal);

    /// <summary>The types in the order they are numbered in <see cref="TypeOrdinal"/> (unknown types share the last).</summary>
    public static readonly string[] Types = ["Concept", "Critique", "Proposition", "Reference", "Author", "Evidence", "Actor", "Dataset", "Other"];

    public static int OrdinalOf(string type)
    {
        var i = Array.IndexOf(Types, type);
        return i < 0 ? Types.Length - 1 : i;
    }
}
