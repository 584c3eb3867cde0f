using System.Net;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Util;

namespace TimKnowledgeGraph.Graph.Search;

/// <summary>
/// Marks matched words in names and passages. The terms are those the query matched in the index (prefixes and fuzzy
/// terms expanded against it), in both stemmed and plain form, so "learn*" marks "learning" and "brokers" marks
/// "broker". Text is HTML-escaped by Lucene's encoder; only the <c>&lt;mark&gt;</c> tags are markup.
/// </summary>
internal sealed class SnippetHighlighter
{
    private const int FragmentSize = 160;
    // Analyzers are thread-safe and reuse their token streams per thread: one for the process.
    private static readonly Analyzer TextAnalyzer = SearchAnalyzers.Highlighting();
    private readonly Highlighter _highlighter;
    private readonly BytesRef[] _terms;

    public SnippetHighlighter(Query query, IndexReader reader)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        Collect(query, reader, terms);
        var weighted = terms.Select(t => new WeightedTerm(1f, t)).ToArray();
        _terms = [.. terms.Select(t => new BytesRef(t))];
        _highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), new QueryTermScorer(weighted))
        {
            TextFragmenter = new SimpleFragmenter(FragmentSize),
        };
    }

    /// <summary>
    /// False when <paramref name="field"/> of <paramref name="doc"/> holds none of the words to mark, so
    /// <see cref="Passages"/> would find none: its highlighting twin (the same text, analysed as snippets are) has none
    /// of the terms at that document. Exact, as both sides are the one analyzer's tokens of the one text.
    /// </summary>
    public bool MayMark(IndexReader reader, int doc, string field)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var local = doc - leaf.DocBase;
        var terms = leaf.AtomicReader.GetTerms(SearchFields.Highlight(field))?.GetEnumerator();
        if (terms is null) return false;
        DocsEnum? docs = null;
        foreach (var term in _terms)
        {
            if (!terms.SeekExact(term)) continue;
            docs = terms.Docs(null, docs, DocsFlags.NONE);
            if (docs.Advance(local) == local) return true;
        }
        return false;
    }

    /// <summary>The whole of a short text with its matches marked (escaped even when nothing matched).</summary>
    public string Whole(string text)
    {
        _highlighter.TextFragmenter = new NullFragmenter();
        try
        {
            return Best(text, 1) ?? WebUtility.HtmlEncode(text);
        }
        finally
        {
            _highlighter.TextFragmenter = new SimpleFragmenter(FragmentSize);
        }
    }

    /// <summary>The best one or two passages with matches, joined by an ellipsis; null when none matches.</summary>
    public string? Passages(string? text) => string.IsNullOrEmpty(text) ? null : Best(text, 2);

    private string? Best(string text, int fragments)
    {
        using var stream = TextAnalyzer.GetTokenStream("hl", text);
        var best = _highlighter.GetBestFragments(stream, text, fragments, " … ");
        return string.IsNullOrEmpty(best) || !best.Contains("<mark>", StringComparison.Ordinal) ? null : best;
    }

    // Walks the query: plain terms as they are, multi-term queries (prefix, wildcard, fuzzy) rewritten to the
    // index's own terms, capped so "a*" cannot make every snippet a wall of marks.
    private static void Collect(Query query, IndexReader reader, HashSet<string> terms)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses)
                    if (clause.Occur != Occur.MUST_NOT) Collect(clause.Query, reader, terms);
                break;
            case TermQuery term:
                terms.Add(term.Term.Text);
                break;
            case PhraseQuery phrase:
                foreach (var t in phrase.GetTerms()) terms.Add(t.Text);
                break;
            case MultiPhraseQuery multi:
                foreach (var group in multi.GetTermArrays()) foreach (var t in group) terms.Add(t.Text);
                break;
            case MultiTermQuery multiTerm:
                multiTerm.MultiTermRewriteMethod = new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(32);
                Collect(multiTerm.Rewrite(reader), reader, terms);
                break;
            case DisjunctionMaxQuery max:
                foreach (var q in max) Collect(q, reader, terms);
                break;
        }
    }
}
