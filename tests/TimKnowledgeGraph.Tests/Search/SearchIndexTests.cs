using CsCheck;
using TimKnowledgeGraph.Graph.Search;

namespace TimKnowledgeGraph.Tests.Search;

/// <summary>The Lucene index on its own: ranking, phrases, prefixes, typos, snippets, incremental sync, hostile text.</summary>
public sealed class SearchIndexTests : IDisposable
{
    private readonly SearchIndex _index = new();

    public SearchIndexTests() => _index.Sync(Corpus);

    public void Dispose() => _index.Dispose();

    private static SearchDocument Doc(string type, string id, string name, string[]? aliases = null, string? summary = null, string? body = null) =>
        new(type, id, name, aliases ?? [], summary, body, type, id);

    private static readonly SearchDocument[] Corpus =
    [
        Doc("Concept", "learning-region", "The Learning Region", ["learning regions"], "A regional innovation model built on collective learning.",
            "It was influential because of the then-importance of the Porterian 'diamond' (Porter, 1990). <script>alert(1)</script>"),
        Doc("Concept", "systems-body", "Innovation systems", [], "Systems of firms.", "Firms learn from each other; the learning region is one such idea."),
        Doc("Concept", "alias-only", "Territorial models", ["learning region family"], "Families of models."),
        Doc("Concept", "summary-only", "Milieux", [], "Milieux are a learning region cousin.", "Nothing here."),
        Doc("Critique", "lr-fuzzy", "Fuzziness of the learning region", [], "Hassink: the concept is fuzzy.", "The region learning idea is vague."),
        Doc("Reference", "hassink2007", "Hassink (2007)", ["Hassink, Robert"], "2007"),
        Doc("Author", "hassink", "Hassink, Robert", [], null, "The learning region (2007)"),
        Doc("Concept", "boundary-spanners", "Boundary spanners", ["boundary spanner"], "Actors who span different network worlds."),
    ];

    private SearchResults Search(string text, string? type = null, int limit = 10) => _index.Search(new SearchRequest(text, type, limit));

    private static List<string> Ids(SearchResults results) =>
        [.. results.Groups.SelectMany(g => g.Hits).OrderByDescending(h => h.Score).Select(h => h.Id)];

    [Fact]
    public void ShouldRankNameAboveAliasAboveSummaryAboveBody()
    {
        var concepts = Search("\"learning region\"", "Concept").Groups.Single().Hits.Select(h => h.Id).ToList();

        Assert.Equal(["learning-region", "alias-only", "summary-only", "systems-body"], concepts);
    }

    [Fact]
    public void ShouldMatchAPhraseOnlyInItsOrder()
    {
        var phrase = Ids(Search("\"region learning\""));
        var words = Ids(Search("region learning"));

        Assert.Equal(["lr-fuzzy"], phrase);
        Assert.Contains("learning-region", words); // the words alone match in any order
    }

    [Fact]
    public void ShouldMatchOtherFormsOfAWord()
    {
        Assert.Contains("learning-region", Ids(Search("learns")));
        Assert.Contains("boundary-spanners", Ids(Search("spanner")));
        Assert.Contains("learning-region", Ids(Search("Porterian")));
    }

    [Fact]
    public void ShouldMatchPrefixesWrittenAndAsYouType()
    {
        Assert.Contains("learning-region", Ids(Search("learn*")));
        Assert.Contains("learning-region", Ids(Search("porteri")));     // the last word is still being typed
        Assert.Contains("boundary-spanners", Ids(Search("boundary spa")));
    }

    [Fact]
    public void ShouldTolerateTyposWhenNothingMatchesExactly()
    {
        var results = Search("lerning regoin");

        Assert.True(results.Approximate);
        Assert.Equal("learning-region", Ids(results)[0]);
        Assert.False(Search("learning region").Approximate);
    }

    /// <summary>"Author: title" is how researchers write a work: the word before the colon is a word, not a field (it emptied the search).</summary>
    [Theory]
    [InlineData("Hassink: fuzzy", "lr-fuzzy")]
    [InlineData("learning region: fuzziness", "lr-fuzzy")]
    [InlineData("Hassink: fuzz*", "lr-fuzzy")]
    public void ShouldReadAWordBeforeAColonThatNamesNoFieldAsAWord(string text, string expected)
    {
        var results = Search(text);

        Assert.Contains(expected, Ids(results));
        Assert.False(results.Approximate);
    }

    [Fact]
    public void ShouldStillSearchOneFieldWhenItIsNamed()
    {
        Assert.Equal(["lr-fuzzy"], Ids(Search("name:fuzziness")));
        Assert.DoesNotContain("lr-fuzzy", Ids(Search("name:hassink")));   // Hassink is in its summary, not its name
        Assert.Contains("lr-fuzzy", Ids(Search("summary:hassink")));
    }

    /// <summary>
    /// A fuzzy match's automaton grows with the word: one 200-letter word cost 1-5 s of CPU and twenty at once starved
    /// the host. A word longer than the cap is matched exactly, typed as plain text or with Lucene's '~'.
    /// </summary>
    [Fact]
    public void ShouldMatchAWordLongerThanTheCapExactlyNotWithinTypingErrors()
    {
        var builder = new SearchQueryBuilder(SearchAnalyzers.PerField(), SearchAnalyzers.Plain());
        var atCap = new string('a', SearchQueryBuilder.MaxFuzzyWordLength);
        var longer = new string('a', SearchQueryBuilder.MaxFuzzyWordLength + 1);

        Assert.Contains("~2", builder.Fuzzy(atCap)!.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("~", builder.Fuzzy(longer)!.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("~", builder.Exact(longer + "~2").ToString(), StringComparison.Ordinal);
        Assert.Contains("~", builder.Exact(atCap + "~2").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldFindAuthorsAndTheirReferences()
    {
        var results = Search("Hassink");

        Assert.Contains(results.Groups, g => g.Type == "Author" && g.Hits[0].Id == "hassink");
        Assert.Contains(results.Groups, g => g.Type == "Reference" && g.Hits[0].Id == "hassink2007");
    }

    [Fact]
    public void ShouldEscapeSnippetsExceptTheMarks()
    {
        var hit = Search("Porterian").Groups.SelectMany(g => g.Hits).Single(h => h.Id == "learning-region");

        Assert.Contains("<mark>Porterian</mark>", hit.SnippetHtml);
        Assert.Contains("&lt;script&gt;", hit.SnippetHtml);
        Assert.DoesNotContain("<script>", hit.SnippetHtml);
        Assert.Equal("The <mark>Learning</mark> <mark>Region</mark>", Search("learning region").Groups.First().Hits[0].NameHtml);
    }

    [Fact]
    public void ShouldGroupByTypeWithExactTotalsAndLimit()
    {
        var results = Search("learning", limit: 1);
        var concepts = results.Groups.Single(g => g.Type == "Concept");

        Assert.Equal(4, concepts.Total);
        Assert.Single(concepts.Hits);
        Assert.Equal(results.Total, results.Groups.Sum(g => g.Total));
        Assert.All(Search("learning", "Critique").Groups, g => Assert.Equal("Critique", g.Type));
    }

    [Fact]
    public void ShouldSyncOnlyWhatChanged()
    {
        using var index = new SearchIndex();
        Assert.Equal((Corpus.Length, 0), index.Sync(Corpus));
        Assert.Equal((0, 0), index.Sync(Corpus));

        var edited = Corpus.Where(d => d.Id != "lr-fuzzy").Select(d => d.Id == "learning-region" ? d with { Body = "Now about clusters." } : d).ToList();
        Assert.Equal((1, 1), index.Sync(edited));

        Assert.DoesNotContain("learning-region", Ids(index.Search(new SearchRequest("Porterian"))));
        Assert.Contains("learning-region", Ids(index.Search(new SearchRequest("clusters"))));
        Assert.DoesNotContain("lr-fuzzy", Ids(index.Search(new SearchRequest("fuzziness"))));
    }

    /// <summary>
    /// Text pasted from a PDF or a macOS file name often has its accents as combining marks (NFD). The tokenizer keeps a
    /// mark in its word and accent folding knows only precomposed letters, so each form found only itself; Greek is not
    /// folded at all, so only composing both sides (NFC) makes ά (U+03AC) and α + U+0301 one word.
    /// </summary>
    [Theory]
    [InlineData("Zu\u0308rich", "Zürich")]
    [InlineData("Zürich", "Zu\u0308rich")]
    [InlineData("\u03b1\u0301\u03bd\u03b8\u03c1\u03c9\u03c0\u03bf\u03c2", "\u03ac\u03bd\u03b8\u03c1\u03c9\u03c0\u03bf\u03c2")]
    [InlineData("\u03ac\u03bd\u03b8\u03c1\u03c9\u03c0\u03bf\u03c2", "\u03b1\u0301\u03bd\u03b8\u03c1\u03c9\u03c0\u03bf\u03c2")]
    public void ShouldFindAWordWhateverTheNormalisationOfTheTextAndTheQuery(string indexed, string typed)
    {
        (indexed, typed) = (System.Text.RegularExpressions.Regex.Unescape(indexed), System.Text.RegularExpressions.Regex.Unescape(typed));
        using var index = new SearchIndex();
        index.Sync([Doc("Concept", "zurich-milieu", $"The {indexed} milieu", body: $"Firms around {indexed} learn from each other.")]);

        var results = index.Search(new SearchRequest(typed));

        Assert.False(results.Approximate); // found as the word itself, not as a near spelling (one or two edits away)
        var hit = Assert.Single(results.Groups.SelectMany(g => g.Hits));
        Assert.Equal("zurich-milieu", hit.Id);
        Assert.Contains("<mark>", hit.NameHtml, StringComparison.Ordinal); // the word is marked in the name shown
    }

    [Theory]
    [InlineData("AND")]
    [InlineData("\"unbalanced")]
    [InlineData("a:(b")]
    [InlineData("*")]
    [InlineData("/[a-z]+/")]
    [InlineData("title:[a TO")]
    [InlineData("~~~^^^")]
    [InlineData("a* b* c* d* e*")]
    public void ShouldNeverThrowOnQuerySyntaxItCannotParse(string text)
    {
        var results = Search(text);
        Assert.NotNull(results);
    }

    /// <summary>An actor with a 20 MB id (imported) made every sync throw ("immense term"), so every search answered 500.</summary>
    [Fact]
    public void ShouldLeaveADocumentWithAnImmenseIdOutAndIndexTheRest()
    {
        using var index = new SearchIndex();
        var immense = Doc("Actor", "ds/" + new string('y', 40_000), "Immense");

        var (written, _) = index.Sync([.. Corpus, immense]);

        Assert.Equal(Corpus.Length, written);
        Assert.Contains("learning-region", Ids(index.Search(new SearchRequest("learning"))));
        Assert.Empty(Ids(index.Search(new SearchRequest("Immense"))));
    }

    [Fact]
    public void ShouldBoundTheQueryLength()
    {
        var results = Search(string.Join(' ', Enumerable.Repeat("learning", 500)));

        Assert.True(results.Truncated);
        Assert.True(results.Query.Length <= SearchRequest.MaxTextLength);
        Assert.Contains("learning-region", Ids(results));
    }

    [Fact]
    public void ShouldNeverThrowForAnyText()
    {
        string[] pieces = ["\"", "*", "?", "~", "^", "(", ")", "[", "]", "{", "}", ":", "\\", "/", "-", "+", "!", "&&", "||",
            " AND ", " OR ", " NOT ", " TO ", "learn", "region", "é", "\u0000", "\ud800", " "];
        var syntax = Gen.Int[0, pieces.Length - 1].Select(i => pieces[i]);
        var text = Gen.Frequency((3, syntax.Array[0, 40].Select(parts => string.Concat(parts))), (1, Gen.String));
        text.Sample(t =>
        {
            var results = Search(t);
            Assert.All(results.Groups.SelectMany(g => g.Hits), h => Assert.DoesNotContain("<script", h.SnippetHtml ?? "", StringComparison.Ordinal));
        }, iter: 500);
    }
}
