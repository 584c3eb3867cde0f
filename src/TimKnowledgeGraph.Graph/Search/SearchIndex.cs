using System.Net;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using TimKnowledgeGraph.Domain.Content.Unicode;

namespace TimKnowledgeGraph.Graph.Search;

/// <summary>
/// The full-text index, in memory. <see cref="Sync"/> brings it to a given set of documents, writing only those whose
/// fingerprint changed and deleting those that are gone; <see cref="Search"/> may run at the same time on any thread
/// (each search holds the searcher it started with).
/// </summary>
internal sealed class SearchIndex : IDisposable
{
    /// <summary>Below this many exact hits, near spellings are tried too.</summary>
    public const int FewHits = 1;

    private readonly Analyzer _analyzer = SearchAnalyzers.PerField();
    private readonly Analyzer _plain = SearchAnalyzers.Plain();
    private readonly RAMDirectory _directory = new();
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly Dictionary<string, string> _fingerprints = new(StringComparer.Ordinal);
    private readonly System.Threading.Lock _syncGate = new();

    public SearchIndex()
    {
        _writer = new IndexWriter(_directory, new IndexWriterConfig(SearchAnalyzers.Version, _analyzer) { OpenMode = OpenMode.CREATE });
        _writer.Commit();
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
    }

    /// <summary>
    /// The longest key (type and id) a document may have to be indexed: Lucene refuses a term over 32,766 UTF-8 bytes,
    /// and one actor with a 20 MB id (an imported file can carry one) made every sync throw, so every search answered
    /// 500. At 3 bytes a character at most, 10,000 characters stay below the limit; longer ids are left unsearchable.
    /// </summary>
    public const int MaxKeyLength = 10_000;

    /// <summary>How many documents the index holds.</summary>
    public int Count
    {
        get { lock (_syncGate) return _fingerprints.Count; }
    }

    /// <summary>Makes the index hold exactly <paramref name="documents"/>; returns how many were written and deleted.</summary>
    public (int Written, int Deleted) Sync(IEnumerable<SearchDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        lock (_syncGate)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var written = 0;
            foreach (var document in documents)
            {
                var key = document.Key;
                if (key.Length > MaxKeyLength) continue; // not an id anyone types; Lucene refuses such a term (see MaxKeyLength)
                if (!seen.Add(key)) continue; // the first of duplicate keys wins, as in a map
                var fingerprint = document.Fingerprint();
                if (_fingerprints.TryGetValue(key, out var old) && old == fingerprint) continue;
                _writer.UpdateDocument(new Term(SearchFields.Key, key), ToLucene(document));
                _fingerprints[key] = fingerprint;
                written++;
            }
            var gone = _fingerprints.Keys.Where(k => !seen.Contains(k)).ToList();
            foreach (var key in gone)
            {
                _writer.DeleteDocuments(new Term(SearchFields.Key, key));
                _fingerprints.Remove(key);
            }
            if (written > 0 || gone.Count > 0)
            {
                _writer.Commit();
                _searchers.MaybeRefreshBlocking();
            }
            return (written, gone.Count);
        }
    }

    /// <summary>Searches; never throws for any text (bad syntax falls back to the words, see <see cref="SearchQueryBuilder"/>).</summary>
    public SearchResults Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        // In NFC, as the indexed texts are (ToLucene): "Zürich" pasted from a PDF is often u + U+0308. Linear, and the
        // request's size is bounded before it gets here.
        var (text, truncated) = Bound(Nfc.Normalize(request.Text ?? ""));
        if (text.Length == 0) return SearchResults.Empty(text);
        var limit = Math.Clamp(request.Limit, 1, SearchRequest.MaxLimit);
        var builder = new SearchQueryBuilder(_analyzer, _plain);
        var searcher = _searchers.Acquire();
        try
        {
            var query = Restrict(builder.Exact(text), request.Type);
            var collector = Collect(searcher, query, limit);
            var approximate = false;
            if (collector.Total < FewHits && builder.Fuzzy(text) is { } fuzzy)
            {
                query = Restrict(fuzzy, request.Type);
                collector = Collect(searcher, query, limit);
                approximate = collector.Total > 0;
            }
            var highlighter = new SnippetHighlighter(query, searcher.IndexReader);
            var groups = collector.Groups()
                .Select(g => new SearchGroup(SearchFields.Types[g.Type], g.Total, [.. g.Best.Select(h => Hit(searcher, highlighter, h.Doc, h.Score))]))
                .OrderByDescending(g => g.Hits[0].Score)
                .ToList();
            return new SearchResults(text, collector.Total, groups, approximate, truncated);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>Cuts text to <see cref="SearchRequest.MaxTextLength"/>, at the last space before it when there is one.</summary>
    internal static (string Text, bool Truncated) Bound(string text)
    {
        text = text.Trim();
        if (text.Length <= SearchRequest.MaxTextLength) return (text, false);
        var cut = text[..SearchRequest.MaxTextLength];
        var space = cut.LastIndexOf(' ');
        if (space > SearchRequest.MaxTextLength / 2) cut = cut[..space];
        // Never end on half of a surrogate pair.
        if (cut.Length > 0 && char.IsHighSurrogate(cut[^1])) cut = cut[..^1];
        return (cut.TrimEnd(), true);
    }

    private static GroupingCollector Collect(IndexSearcher searcher, Query query, int limit)
    {
        var collector = new GroupingCollector(limit);
        try
        {
            searcher.Search(query, collector);
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            // A wildcard matching too many words: answer nothing rather than fail.
            return new GroupingCollector(limit);
        }
        return collector;
    }

    private static Query Restrict(Query query, string? type) => string.IsNullOrEmpty(type)
        ? query
        : new BooleanQuery { { query, Occur.MUST }, { new TermQuery(new Term(SearchFields.Type, type)) { Boost = 0f }, Occur.MUST } };

    private static SearchHit Hit(IndexSearcher searcher, SnippetHighlighter highlighter, int doc, float score)
    {
        var stored = searcher.Doc(doc);
        var name = stored.Get(SearchFields.Name) ?? "";
        // A text is analysed for its snippet only when the index says it holds a word to mark (most bodies do not).
        string? Passages(string field) => highlighter.MayMark(searcher.IndexReader, doc, field) ? highlighter.Passages(stored.Get(field)) : null;
        var snippet = Passages(SearchFields.Summary)
            ?? Passages(SearchFields.Body)
            ?? Passages(SearchFields.Alias)
            ?? Opening(stored.Get(SearchFields.Summary) ?? stored.Get(SearchFields.Body));
        return new SearchHit(stored.Get(SearchFields.Type), stored.Get(SearchFields.Id), name, highlighter.Whole(name), snippet, score,
            stored.Get(SearchFields.LinkType), stored.Get(SearchFields.LinkId));
    }

    // When only the name matched, the summary's start says what the result is.
    private static string? Opening(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var start = text.Length <= 200 ? text : text[..200].TrimEnd() + "…";
        return WebUtility.HtmlEncode(start);
    }

    private static Document ToLucene(SearchDocument d)
    {
        var document = new Document
        {
            new StringField(SearchFields.Key, d.Key, Field.Store.YES),
            new StringField(SearchFields.Type, d.Type, Field.Store.YES),
            new NumericDocValuesField(SearchFields.TypeOrdinal, SearchFields.OrdinalOf(d.Type)),
            new StringField(SearchFields.Id, d.Id, Field.Store.YES),
            new StoredField(SearchFields.LinkType, d.LinkType),
            new StoredField(SearchFields.LinkId, d.LinkId),
        };
        Text(document, SearchFields.Name, d.Name);
        Text(document, SearchFields.Alias, string.Join("; ", d.Aliases));
        Text(document, SearchFields.Summary, d.Summary);
        Text(document, SearchFields.Body, d.Body);
        Text(document, SearchFields.Ident, d.Id.Replace('-', ' ').Replace('/', ' '), store: false);
        return document;
    }

    // In NFC, as queries are (Search): the tokenizer keeps a combining mark in its word and accent folding knows only
    // precomposed letters, so "Zu\u0308rich" and "Zürich" were different words and neither query found the other.
    private static void Text(Document document, string field, string? value, bool store = true)
    {
        if (string.IsNullOrEmpty(value)) return;
        value = Nfc.Normalize(value);
        document.Add(new TextField(field, value, store ? Field.Store.YES : Field.Store.NO));
        document.Add(new TextField(SearchFields.Plain(field), value, Field.Store.NO));
        if (SearchFields.Highlighted.Contains(field)) document.Add(new TextField(SearchFields.Highlight(field), value, Field.Store.NO));
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
        _plain.Dispose();
    }
}
