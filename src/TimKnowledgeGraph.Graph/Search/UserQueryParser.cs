using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace TimKnowledgeGraph.Graph.Search;

/// <summary>
/// Lucene's classic syntax over the weighted fields, with three changes: words must all match (AND), prefixes,
/// wildcards and fuzzy terms look at the unstemmed twins ("regiona*" finds "regional", which stems to "region"), and
/// regular expressions are refused (a crafted one can make the automaton blow up), which sends the text to the
/// plain-words fallback of <see cref="SearchQueryBuilder"/>.
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

    protected override Query GetPrefixQuery(string field, string termStr) =>
        Boosted(field, f => base.GetPrefixQuery(f, termStr));

    protected override Query GetWildcardQuery(string field, string termStr) =>
        Boosted(field, f => base.GetWildcardQuery(f, termStr));

    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity) =>
        Boosted(field, f => base.GetFuzzyQuery(f, termStr, minSimilarity));

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
