using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using TimKnowledgeGraph.Graph.Search;

namespace TimKnowledgeGraph.Tests.Search;

/// <summary>
/// The index lookup that decides whether a hit's text is analysed for a snippet says yes exactly when the highlighter
/// would mark something: possessives, stop words, accents, plurals, stems, prefixes and typos alike.
/// </summary>
public sealed class SnippetPreCheckTests
{
    private static readonly string[] Texts =
    [
        "Storper's learning regions and the region’s institutions.",
        "The brokers were brokering ties; a broker brokered.",
        "Régional innovation in Île-de-France, regionally embedded.",
        "It was what it was: the was-ness of things.",
        "Porterian ‘diamond’ clusters and Porter's cluster policy.",
        "Nothing here matches anything asked below.",
        "abilities, ability, able; relational relations related.",
        "",
    ];

    private static readonly string[] Queries =
    [
        "learning region", "region's", "brokers", "broker*", "regional", "\"regional innovation\"", "was", "porterian", "clusters",
        "ability", "relational", "lerning regoin", "brokrs", "innov*", "institution", "storper",
    ];

    [Fact]
    public void MayMarkSaysYesExactlyWhenTheHighlighterMarksSomething()
    {
        using var directory = new RAMDirectory();
        using var analyzer = SearchAnalyzers.PerField();
        using var plain = SearchAnalyzers.Plain();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(SearchAnalyzers.Version, analyzer)))
        {
            foreach (var text in Texts)
                writer.AddDocument(new Document
                {
                    new TextField(SearchFields.Body, text, Field.Store.YES),
                    new TextField(SearchFields.Plain(SearchFields.Body), text, Field.Store.NO),
                    new TextField(SearchFields.Highlight(SearchFields.Body), text, Field.Store.NO),
                });
        }
        using var reader = DirectoryReader.Open(directory);
        var builder = new SearchQueryBuilder(analyzer, plain);
        var checkedPairs = 0;
        var marked = 0;
        foreach (var text in Queries)
        {
            foreach (var query in new[] { builder.Exact(text), builder.Fuzzy(text) }.OfType<Lucene.Net.Search.Query>())
            {
                var highlighter = new SnippetHighlighter(query, reader);
                for (var doc = 0; doc < Texts.Length; doc++)
                {
                    var marks = highlighter.Passages(Texts[doc]) is not null;
                    Assert.True(marks == highlighter.MayMark(reader, doc, SearchFields.Body), $"query '{text}', text '{Texts[doc]}': highlighter marks {marks}");
                    checkedPairs++;
                    if (marks) marked++;
                }
            }
        }
        // Both answers occur, so the check compares something.
        Assert.InRange(marked, 10, checkedPairs - 10);
    }
}
