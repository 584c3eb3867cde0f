using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace TimKnowledgeGraph.Graph.Search;

/// <summary>
/// Lucene's classic syntax over the weighted fields, with these changes: words must all match (AND), prefixes,
/// wildcards and fuzzy terms look at the unstemmed twins ("regiona*" finds "regional", which stems to "region"),
/// regular expressions are refused (a crafted one can make the automaton blow up), which sends the text to the
/// plain-words fallback of <see cref="SearchQueryBuilder"/>; a fuzzy term longer than
/// <see cref="SearchQueryBuilder.MaxFuzzyWordLength"/> is matched exactly; and a word before a colon that names no
/// searchable field ("Storper: learning", "region: critique") is one more word to find, not a field that matches nothing.
/// </summary>
internal sealed class UserQueryParser : MultiFieldQueryParser
{
    public UserQueryParser(Analyzer analyzer)
        : base(SearchAnalyzers.Version, SearchFields.Stemmed, analyzer, SearchFields.Boosts.ToDictionary(p => p.Key, p => p.Value))
    {
        DefaultOperator = AND_OPERATOR;
        AllowLeadingWildcard = false;
        AutoGeneratePhraseQueries = true; // "learning-region" is one phrase, not two loose words
    }

    protected override Query GetFieldQuery(string field, string queryText, bool quoted) =>
        IsUnknown(field) ? WithFieldAsWord(field, base.GetFieldQuery(null, queryText, quoted)) : base.GetFieldQuery(field, queryText, quoted);

    protected override Query GetFieldQuery(string field, string queryText, int slop) =>
        IsUnknown(field) ? WithFieldAsWord(field, base.GetFieldQuery(null, queryText, slop)) : base.GetFieldQuery(field, queryText, slop);

    protected override Query GetPrefixQuery(string field, string termStr) =>
        IsUnknown(field) ? WithFieldAsWord(field, base.GetPrefixQuery(null, termStr)) : Boosted(field, f => base.GetPrefixQuery(f, termStr));

    protected override Query GetWildcardQuery(string field, string termStr) =>
        IsUnknown(field) ? WithFieldAsWord(field, base.GetWildcardQuery(null, termStr)) : Boosted(field, f => base.GetWildcardQuery(f, termStr));

    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity) =>
        IsUnknown(field) ? WithFieldAsWord(field, base.GetFuzzyQuery(null, termStr, minSimilarity))
        : termStr.Length > SearchQueryBuilder.MaxFuzzyWordLength ? base.GetFieldQuery(field, termStr, quoted: false)
        : Boosted(field, f => base.GetFuzzyQuery(f, termStr, minSimilarity));

    // The fields a person may name: the weighted texts and their unstemmed twins. "type", "key" and the rest are the
    // index's own, and a colon after an ordinary word ("Storper: learning") names none.
    private static bool IsUnknown(string? field) =>
        field is not null && !SearchFields.Boosts.ContainsKey(field)
        && !(SearchFields.IsPlain(field) && SearchFields.Boosts.ContainsKey(field[..^SearchFields.PlainSuffix.Length]));

    // "Storper: learning" as the two words it is; the field's text goes through the analyzer like any word.
    private Query WithFieldAsWord(string field, Query? rest)
    {
        var both = new BooleanQuery();
        if (base.GetFieldQuery(null, field, quoted: false) is { } word) both.Add(word, Occur.MUST);
        if (rest is not null) both.Add(rest, Occur.MUST);
        return both;
    }

    protected override Query GetRegexpQuery(string field, string termStr) =>
        throw new ParseException("regular expressions are not searched");

    // With no field, the base class calls back once per field; a named field is moved to its plain twin, keeping
    // the field's weight so the name > alias > summary > body order holds for prefixes too.
    private static Query Boosted(string field, Func<string?, Query> make)
    {
        if (field is null) return make(null);
        var target = SearchFields.IsPlain(field) || !SearchFields.Boosts.ContainsKey(field) ? field : SearchFields.Plain(field);
        var query = make(target);
        if (query is not null && SearchFields.Boosts.TryGetValue(field, out var boost)) query.Boost = boost;
        return query!;
    }
}
