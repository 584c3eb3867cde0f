using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace TimKnowledgeGraph.Graph.Search;

/// <summary>
/// The analyzers: English stemming (Porter) for the main fields, plain lower-cased words for their twins, and a
/// highlighting one that emits both forms of each word at one position so a snippet marks either kind of match.
/// All fold accents and curly quotes away ("Porterian ‘diamond’" reads as porterian diamond).
/// </summary>
internal static class SearchAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Stemmed words without English stop words: "learning regions" → learn, region.</summary>
    public static Analyzer Stemming() => Analyzer.NewAnonymous((field, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(Version, source);
        stream = new LowerCaseFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    });

    /// <summary>Words as written, lower-cased and folded: what prefixes and typos are matched against.</summary>
    public static Analyzer Plain() => Analyzer.NewAnonymous((field, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, source);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(source, stream);
    });

    /// <summary>Each word both as written and stemmed, at one position (for snippets only).</summary>
    public static Analyzer Highlighting() => Analyzer.NewAnonymous((field, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(Version, source);
        stream = new LowerCaseFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new KeywordRepeatFilter(stream);
        stream = new PorterStemFilter(stream);
        stream = new RemoveDuplicatesTokenFilter(stream);
        return new TokenStreamComponents(source, stream);
    });

    /// <summary>The index's analyzer: plain for the <c>_p</c> twins, highlighting for the <c>hl_</c> ones, stemming for the rest.</summary>
    public static Analyzer PerField()
    {
        var plain = Plain();
        var highlighting = Highlighting();
        var fields = SearchFields.Stemmed.ToDictionary(SearchFields.Plain, _ => plain);
        foreach (var field in SearchFields.Highlighted) fields[SearchFields.Highlight(field)] = highlighting;
        return new PerFieldAnalyzerWrapper(Stemming(), fields);
    }
}
