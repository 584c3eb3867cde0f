using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace TimKnowledgeGraph.Graph.Search;

/// <summary>
/// Turns what a person typed into Lucene queries, never throwing: the classic syntax when it parses, else the words
/// alone; the last word also as a prefix while it is being typed; and, for typos, each word within one or two edits.
/// </summary>
internal sealed partial class SearchQueryBuilder(Analyzer analyzer, Analyzer plain)
{
    /// <summary>
    /// The longest word matched within typing errors; a longer one is matched exactly. A fuzzy match's automaton grows
    /// with the word: one 200-letter word cost 1-5 s of CPU, and twenty such searches at once starved the host for 40 s.
    /// The longest words of the field (compounds like "Regionalentwicklungspolitik") stay under it.
    /// </summary>
    public const int MaxFuzzyWordLength = 30;

    /// <summary>The exact query: syntax if it parses, the text's words otherwise; plus the last word as a prefix.</summary>
    public Query Exact(string text)
    {
        var query = ParseOrNull(text) ?? Words(text);
        // As-you-type: "learning reg" also finds "learning regions" while the last word is unfinished.
        if (LastWordPrefix().IsMatch(text) && ParseOrNull(text + "*") is { } typing)
            return new BooleanQuery { { query, Occur.SHOULD }, { typing, Occur.SHOULD } };
        return query;
    }

    /// <summary>Each word of the text within one edit (words of 4–6 letters) or two (longer, up to <see cref="MaxFuzzyWordLength"/>), all words required.</summary>
    /// <remarks>
    /// Only for plain words: once the text uses syntax (a phrase, an exclusion, a prefix, a field), the person meant
    /// exactly that, and loosening it would bring back what they excluded.
    /// </remarks>
    public Query? Fuzzy(string text)
    {
        if (Syntax().IsMatch(text)) return null;
        var words = Tokens(plain, SearchFields.Plain(SearchFields.Body), text);
        if (words.Count == 0) return null;
        var all = new BooleanQuery();
        foreach (var word in words.Distinct().Take(16))
        {
            var edits = word.Length > MaxFuzzyWordLength ? 0 : word.Length >= 7 ? 2 : word.Length >= 4 ? 1 : 0;
            var any = new BooleanQuery();
            foreach (var (field, boost) in SearchFields.Boosts)
            {
                var term = new Term(SearchFields.Plain(field), word);
                Query q = edits == 0 ? new TermQuery(term) : new FuzzyQuery(term, edits, prefixLength: 1);
                q.Boost = boost;
                any.Add(q, Occur.SHOULD);
            }
            all.Add(any, Occur.MUST);
        }
        return all;
    }

    private Query? ParseOrNull(string text)
    {
        try
        {
            var query = new UserQueryParser(analyzer).Parse(text);
            // Only stop words, or only a negation, match nothing useful: treat as unparsed.
            return query is BooleanQuery { Clauses.Count: 0 } ? null : query;
        }
        catch (ParseException)
        {
            return null;
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            return null;
        }
    }

    // The fallback when the syntax does not parse ("AND", "a:(", unbalanced quotes): every word, in any field.
    private Query Words(string text)
    {
        var all = new BooleanQuery();
        foreach (var word in Tokens(analyzer, SearchFields.Name, text).Distinct().Take(32))
        {
            var any = new BooleanQuery();
            foreach (var (field, boost) in SearchFields.Boosts)
                any.Add(new TermQuery(new Term(field, word)) { Boost = boost }, Occur.SHOULD);
            all.Add(any, Occur.MUST);
        }
        return all;
    }

    /// <summary>The terms <paramref name="analyzer"/> makes of <paramref name="text"/> for <paramref name="field"/>.</summary>
    public static List<string> Tokens(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add(term.ToString());
        stream.End();
        return tokens;
    }

    [GeneratedRegex(@"(?:^|\s)[-+!]|[""*?~:()\[\]{}^\\]|\b(?:NOT|AND|OR)\b|&&|\|\|")]
    private static partial Regex Syntax();

    // A last word of letters or digits, directly at the end, not inside quotes or already a prefix/fuzzy term.
    [GeneratedRegex(@"(?:^|[\s(+\-])[\p{L}\p{N}]{2,}$")]
    private static partial Regex LastWordPrefix();
}
