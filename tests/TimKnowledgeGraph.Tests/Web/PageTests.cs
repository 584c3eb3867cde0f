using System.Net;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Web;

/// <summary>Every page type of the web UI, served by the real host from the real corpus in Neo4j.</summary>
[Collection(Neo4jCollection.Name)]
public sealed class PageTests(Neo4jFixture neo4j, CorpusHost corpus) : IClassFixture<CorpusHost>
{
    private async Task<string> PageAsync(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var host = await corpus.StartAsync(neo4j);
        using var response = await host.Http.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"GET {path}: {(int)response.StatusCode}\n{html[..Math.Min(html.Length, 2000)]}");
        Assert.StartsWith("text/html", response.Content.Headers.ContentType?.MediaType);
        return html;
    }

    [Fact]
    public async Task ShouldListHassinksFourCritiquesAsDirectAndTheTimCritiquesAsInheritedOnTheLearningRegionPage()
    {
        var html = await PageAsync("/concepts/learning-region");

        Assert.Contains("<h1>Learning Region</h1>", html);
        var direct = Html.Between(html, "<ol class=\"critiques direct\">", "</ol>");
        foreach (var id in new[] { "lr-fuzzy", "lr-normative", "lr-overlapping", "lr-squeezed" })
        {
            var critique = Html.Between(direct, $"id=\"critique-{id}\"", "<li class=\"critique\"");
            Assert.Contains("href=\"/references/hassink2007\"", critique);
        }
        var inherited = Html.Between(html, "<ol class=\"critiques inherited\">", "</ol>");
        Assert.Contains("id=\"critique-tim-undertheorised\"", inherited);
        Assert.Contains("Inherited from its family", inherited);
        Assert.Contains("href=\"/concepts/territorial-innovation-models\"", inherited);
    }

    [Fact]
    public async Task ShouldShowTheConceptsNoteLineageEvidenceReadingListBacklinksAndSource()
    {
        var html = await PageAsync("/concepts/learning-region");

        Assert.Contains("source: <code>concepts/learning-region.md:1</code>", html);
        // The note: citations link to references, wiki-links to pages; the note's own h1 sits under the page's.
        Assert.Contains("<a href=\"/references/storper1993\">Storper, 1993</a>", html);
        Assert.Contains("<a class=\"wikilink\" href=\"/concepts/industrial-districts\">", html);
        Assert.Contains("<h2 id=\"note-the-learning-region\">The Learning Region</h2>", html);
        var lineage = Html.Between(html, "id=\"lineage\"", "</section>");
        Assert.Contains("href=\"/concepts/learning-organisations\"", lineage);
        Assert.Contains("href=\"/references/florida1995\"", lineage);
        var evidence = Html.Between(html, "id=\"evidence\"", "</section>");
        Assert.Contains("a grammar for beginning to talk about issues", evidence);
        var reading = Html.Between(html, "id=\"reading-list\"", "</section>");
        Assert.Contains("href=\"/api/concepts/learning-region/reading-list.bib\"", reading);
        Assert.Contains("href=\"/api/concepts/learning-region/reading-list.json\"", reading);
        Assert.Contains("href=\"/references/hassink2007\"", reading);
        var backlinks = Html.Between(html, "id=\"backlinks\"", "</section>");
        Assert.Contains("href=\"/critiques/lr-fuzzy\"", backlinks);
        Assert.Contains("data-graph-src=\"/graph-data/concepts/learning-region\"", html);
    }

    [Theory]
    [InlineData("learning-region")]
    [InlineData("clusters")]
    public async Task ShouldCountTheEvidenceItemsTheSectionLists(string id)
    {
        // The count was the number of rows of evidence-balance, which always answers one summary row: "Evidence 1"
        // above three items, and above "No evidence is recorded for it yet."
        var html = await PageAsync($"/concepts/{id}");

        var evidence = Html.Between(html, "id=\"evidence\"", "</section>");
        var listed = evidence.Split("<li class=\"evidence-item").Length - 1;
        Assert.Contains($"<h2 id=\"evidence-heading\">Evidence</h2> <span class=\"count\">{listed}</span>", evidence);
        if (id == "learning-region") Assert.True(listed >= 2, $"learning-region lists {listed} evidence items");
        else Assert.Contains("No evidence is recorded for it yet.", evidence);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/concepts/learning-region")]
    [InlineData("/networks/preface-network")]
    public async Task ShouldMakeThePagesH1ItsFirstHeading(string path)
    {
        // The sidebar's "Concepts" was an h2 before every page's h1.
        var html = await PageAsync(path);

        var first = System.Text.RegularExpressions.Regex.Match(html, "<h[1-6][ >]");
        Assert.Equal("<h1", first.Value[..3]);
    }

    [Fact]
    public async Task ShouldTellDerivationKindAndMotivationApartInTheLineage()
    {
        var district = Html.Between(await PageAsync("/concepts/marshallian-industrial-district"), "id=\"lineage\"", "</section>");
        var kind = Html.Between(district, "<tr class=\"step-is-a\">", "</tr>");
        Assert.Contains("/concepts/marshallian-industrial-district\">Marshallian industrial district</a> <span class=\"rel\">is a kind of</span> <a href=\"/concepts/industrial-districts\">", kind);
        Assert.Contains("industrial districts in reality represent at least three kinds of configuration", kind);
        // Its own step is a kind-of; a derivation further up (the typology derived from industrial districts) is not its own.
        Assert.DoesNotContain("/concepts/marshallian-industrial-district\">Marshallian industrial district</a> <span class=\"rel\">derived from</span>", district);

        var region = Html.Between(await PageAsync("/concepts/learning-region"), "id=\"lineage\"", "</section>");
        var derived = Html.Between(region, "<tr class=\"step-derived-from\">", "</tr>");
        Assert.Contains("<span class=\"rel\">derived from</span> <a href=\"/concepts/learning-organisations\">", derived);
        var motivated = Html.Between(region, "<tr class=\"step-motivated-by\">", "</tr>");
        Assert.Contains("<span class=\"rel\">motivated by</span>", motivated);
        Assert.Contains("href=\"/concepts/porters-diamond\"", region);
        Assert.Contains("<span class=\"rel\">member of</span>", region);
    }

    [Fact]
    public async Task ShouldNameWhoProducedAConcept()
    {
        var lineage = Html.Between(await PageAsync("/concepts/multi-local-valuation-milieu"), "id=\"lineage\"", "</section>");

        var producers = Html.Between(lineage, "<ul class=\"plain lineage-producers\">", "</ul>");
        foreach (var who in new[] { "christian", "hugues", "olivier" })
            Assert.Contains($"href=\"/networks/preface-network/actors/{who}\"", producers);
        Assert.Contains("coin the phrase multi-local valuation milieu", producers);
    }

    [Fact]
    public async Task ShouldShowTheCritiquesOfACritique()
    {
        var html = await PageAsync("/critiques/tim-undertheorised");

        var critics = Html.Between(html, "id=\"critiques-of-it\"", "</section>");
        Assert.Contains("id=\"critique-tim-heterogeneity\"", critics);
        Assert.Contains("href=\"/references/benneworth2004\"", critics);
        var motivated = Html.Between(html, "<ul class=\"plain motivated\">", "</ul>");
        Assert.Contains("href=\"/concepts/social-dynamics-of-innovation-networks\"", motivated);

        var caveat = await PageAsync("/critiques/tim-heterogeneity");
        Assert.Contains("No critique targets it", Html.Between(caveat, "id=\"critiques-of-it\"", "</section>"));
        Assert.Contains("not assuming homogeneity within the TIM family", caveat);
    }

    [Fact]
    public async Task ShouldListEveryConceptGroupedByKind()
    {
        var html = await PageAsync("/concepts");

        var tims = Html.Between(html, "<section id=\"kind-tim\"", "</section>");
        Assert.Contains("href=\"/concepts/learning-region\"", tims);
        Assert.Contains("href=\"/concepts/regional-innovation-systems\"", tims);
        Assert.Contains("<section id=\"kind-tim-family\"", html);
        Assert.Contains("<section id=\"kind-network-kind\"", html);
    }

    [Fact]
    public async Task ShouldShowWhoRaisedACritiqueWhereAndHowItWasAnswered()
    {
        var html = await PageAsync("/critiques/lr-fuzzy");

        Assert.Contains("<h1>The Learning Region is fuzzy</h1>", html);
        Assert.Contains("href=\"/references/hassink2007\"", html);
        Assert.Contains("href=\"/concepts/learning-region\"", html);
        var responses = Html.Between(html, "id=\"responses\"", "</section>");
        Assert.Contains("<q>", responses);
        Assert.Contains("source: <code>critiques/lr-fuzzy.md:1</code>", html);
    }

    [Fact]
    public async Task ShouldShowWhatRestsOnAReference()
    {
        var html = await PageAsync("/references/hassink2007");

        var raised = Html.Between(html, "id=\"rel-RAISED_IN\"", "</section>");
        foreach (var id in new[] { "lr-fuzzy", "lr-normative", "lr-overlapping", "lr-squeezed" })
            Assert.Contains($"href=\"/critiques/{id}\"", raised);
        Assert.Contains("id=\"rel-CITES\"", html);
        Assert.Contains("href=\"/authors/hassink\"", html);
    }

    [Fact]
    public async Task ShouldShowTheCitationRelationsOfAWork()
    {
        // Florida (1995) "drew on emerging thinking in corporate studies around learning companies and learning organisations".
        var typed = Html.Between(await PageAsync("/references/florida1995"), "id=\"typed-links\"", "</section>");

        Assert.Contains("cito:usesConceptualFrameworkOf", typed);
        Assert.Contains("href=\"/references/pedler1991\"", typed);
        // Named in words from each end, the CiTO term beside them (the cited work's page read "← cito:citesAsAuthority").
        Assert.Contains("<dt>Uses the conceptual framework of (cito:usesConceptualFrameworkOf)</dt>", typed);
        Assert.Contains("<dt>Cited as an authority by (cito:citesAsAuthority)</dt>", await PageAsync("/references/martin2003"));
        Assert.Contains("drew on emerging thinking in corporate studies", typed);
    }

    [Fact]
    public async Task ShouldListAnAuthorsWorks()
    {
        var html = await PageAsync("/authors/hassink");

        Assert.Contains("href=\"/references/hassink2007\"", html);
    }

    [Fact]
    public async Task ShouldPointAnAuthorToTheAuthorsOfTheSameFamilyName()
    {
        // The paper cites "Storper" and the book "Storper, M.": two author pages that did not know of each other.
        var html = await PageAsync("/authors/storper");

        var namesakes = Html.Between(html, "id=\"namesakes-heading\"", "</section>");
        Assert.Contains("<a href=\"/authors/storper-m\">Storper, M", namesakes);
        Assert.DoesNotContain("href=\"/authors/storper\"", namesakes);
    }

    [Fact]
    public async Task ShouldShowAPropositionWithItsDerivation()
    {
        var index = await PageAsync("/propositions");
        Assert.Contains("href=\"/propositions/proposition-1\"", index);

        var html = await PageAsync("/propositions/proposition-1");
        Assert.Contains("<h1>Proposition 1</h1>", html);
        Assert.Contains("Derived from", html);
        Assert.Contains("source: <code>propositions/proposition-1.md:1</code>", html);
    }

    [Fact]
    public async Task ShouldListCritiquesReferencesAndNetworks()
    {
        Assert.Contains("href=\"/critiques/lr-squeezed\"", await PageAsync("/critiques"));
        Assert.Contains("href=\"/references/storper1993\"", await PageAsync("/references"));
        Assert.Contains("href=\"/networks/preface-network\"", await PageAsync("/networks"));
    }

    [Fact]
    public async Task ShouldShowTheNetworksLayersOverlapHeatMapParticipationBrokersAndTypology()
    {
        var html = await PageAsync("/networks/preface-network");

        Assert.Contains("id=\"layer-rsa-network\"", html);
        var overlap = Html.Between(html, "id=\"overlap\"", "</section>");
        Assert.Contains("<table class=\"heatmap\">", overlap);
        Assert.Contains("<th scope=\"col\"", overlap);
        Assert.Contains("<th scope=\"row\">", overlap);
        Assert.Matches("<td class=\"h\\d+\" title=\"[^\"]+\">0\\.\\d\\d</td>", overlap);
        var participation = Html.Between(html, "id=\"participation\"", "</section>");
        Assert.Contains("href=\"/networks/preface-network/actors/dessy\"", participation);
        var brokers = Html.Between(html, "id=\"brokers\"", "</section>");
        Assert.Contains(">Dessy</a>", brokers);
        Assert.Contains("↔", brokers);
        var typology = Html.Between(html, "id=\"typology\"", "</section>");
        Assert.Contains("Figure 1", typology);
        Assert.Contains("<code>", typology);
    }

    [Fact]
    public async Task ShouldLeaveNoFigureCellBlankAndLinkEachActorsRegionInTheNetworkPage()
    {
        // Kept ties and the Jaccard index of a calendar year, and a median lag without pairs, were empty cells a reader
        // took for missing data; the measures named a region by its id without a link.
        var html = await PageAsync("/networks/preface-network");

        foreach (var section in new[] { "id=\"time\"", "id=\"measures\"", "id=\"participation\"", "id=\"typology\"" })
            Assert.DoesNotContain("<td class=\"num\"></td>", Html.Between(html, section, "</section>"));
        var measures = Html.Between(html, "id=\"measures\"", "</section>");
        // By the name dataset.md gives it (Enschede), not its id (enschede).
        Assert.Contains("<a href=\"/networks/preface-network/regions/enschede\">Enschede</a>", measures);
        // A heat map's column header says the layer's name to a screen reader, not only its id in a title.
        var overlap = Html.Between(html, "id=\"overlap\"", "</section>");
        Assert.Contains("<span class=\"visually-hidden\">Publishing (Routledge)</span>", overlap);
        Assert.Contains("<span class=\"muted\">not placed</span>", measures);
    }

    [Fact]
    public async Task ShouldShowAnActorsLayersAndTies()
    {
        var html = await PageAsync("/networks/preface-network/actors/paul");

        Assert.Contains("<h1>Paul</h1>", html);
        Assert.Contains("Regional Studies Association", html);
        Assert.Contains("href=\"/networks/preface-network/actors/roel\"", html);
    }

    [Fact]
    public async Task ShouldGroupSearchResultsByKind()
    {
        var html = await PageAsync("/search?q=learning+region");

        var concepts = Html.Between(html, "id=\"results-Concept\"", "</section>");
        Assert.Contains("href=\"/concepts/learning-region\"", concepts);
        var critiques = Html.Between(html, "id=\"results-Critique\"", "</section>");
        Assert.Contains("href=\"/critiques/lr-fuzzy\"", critiques);
    }

    [Fact]
    public async Task ShouldLinkFromAGroupWithMoreHitsToAllOfThemAndBack()
    {
        // The page showed 20 hits per type and "Showing the best 20", with no way to the rest.
        var html = await PageAsync("/search?q=region");
        var more = Html.Between(html, "id=\"results-Concept\"", "</section>");
        Assert.Contains("Showing the best 20 of ", more);
        Assert.Contains("href=\"/search?q=region&amp;type=Concept\"", more);

        var concepts = await PageAsync("/search?q=region&type=Concept");

        Assert.DoesNotContain("id=\"results-Critique\"", concepts);
        Assert.True(Html.Between(concepts, "id=\"results-Concept\"", "</section>").Split("<li>").Length - 1 > 20);
        Assert.Contains("href=\"/search?q=region\"", concepts);
        Assert.Contains("every type was searched", await PageAsync("/search?q=region&type=Nonsense"));
    }

    [Fact]
    public async Task ShouldAnswerNotFoundWithAHelpfulPage()
    {
        var html = await PageAsync("/concepts/no-such-concept", HttpStatusCode.NotFound);

        Assert.Contains("No concept with id", html);
        Assert.Contains("href=\"/search\"", html);
        Assert.DoesNotContain("Did you mean", html);
    }

    /// <summary>The pages' 404s name what a mistyped id may have meant, as the API's do (they only offered a search).</summary>
    [Theory]
    [InlineData("/concepts/lerning-region", "<a href=\"/concepts/learning-region\">learning-region (concept)</a>")]
    [InlineData("/concepts/lr-fuzzy", "<a href=\"/critiques/lr-fuzzy\">lr-fuzzy (critique)</a>")]
    [InlineData("/critiques/lr-fuzy", "<a href=\"/critiques/lr-fuzzy\">lr-fuzzy (critique)</a>")]
    [InlineData("/references/storpr1993", "<a href=\"/references/storper1993\">storper1993 (reference)</a>")]
    [InlineData("/networks/preface-netwrk", "<a href=\"/networks/preface-network\">preface-network (dataset)</a>")]
    public async Task ShouldNameWhatAMistypedIdMayHaveMeant(string path, string link)
    {
        var html = await PageAsync(path, HttpStatusCode.NotFound);

        Assert.Contains("Did you mean " + link, html);
    }

    [Fact]
    public async Task ShouldServeTheGraphViewDataWithLinksToPages()
    {
        var host = await corpus.StartAsync(neo4j);
        var concept = await host.GetJsonAsync<System.Text.Json.JsonElement>("/graph-data/concepts/learning-region");
        var nodes = concept.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("data")).ToList();
        Assert.Contains(nodes, n => n.GetProperty("href").GetString() == "/concepts/territorial-innovation-models");
        Assert.Contains(nodes, n => n.GetProperty("href").GetString() == "/critiques/lr-fuzzy");

        var network = await host.GetJsonAsync<System.Text.Json.JsonElement>("/graph-data/networks/preface-network");
        Assert.Contains(network.GetProperty("nodes").EnumerateArray(),
            n => n.GetProperty("data").GetProperty("href").GetString() == "/networks/preface-network/actors/paul");
        Assert.NotEmpty(network.GetProperty("edges").EnumerateArray());
    }

    // Pages linked works by their keys in places ("florida1995", "source-book" in the lineage table, the evidence, the
    // networks list, critique targets): a reader expects "Florida (1995)", as the note text and the timeline say it.
    [Theory]
    [InlineData("/concepts/learning-region")]
    [InlineData("/concepts/industrial-districts")]
    [InlineData("/critiques/lr-fuzzy")]
    [InlineData("/critiques")]
    [InlineData("/networks")]
    [InlineData("/references/hassink2007")]
    [InlineData("/propositions/proposition-1")]
    public async Task ShouldNameEveryLinkedWorkAsReadersCiteItNotByItsKey(string path)
    {
        var html = await PageAsync(path);

        var links = System.Text.RegularExpressions.Regex.Matches(html, "<a href=\"/references/([^\"#?]+)\">([^<]*)</a>");
        Assert.All(links, link => Assert.NotEqual(Uri.UnescapeDataString(link.Groups[1].Value), System.Net.WebUtility.HtmlDecode(link.Groups[2].Value)));
    }

    [Fact]
    public async Task ShouldCaptionWorksInTheGraphViewsAsReadersCiteThemAndRankThemAtTheirYear()
    {
        var host = await corpus.StartAsync(neo4j);
        foreach (var path in new[] { "/graph-data/concepts/learning-region", "/graph-data/concepts/learning-region/lineage", "/graph-data/concepts/industrial-districts/lineage" })
        {
            var graph = await host.GetJsonAsync<System.Text.Json.JsonElement>(path);
            var works = graph.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("data"))
                .Where(n => n.GetProperty("kind").GetString() == "Reference").ToList();
            Assert.NotEmpty(works);
            Assert.All(works, w => Assert.NotEqual(w.GetProperty("id").GetString(), w.GetProperty("label").GetString()));
            if (path.EndsWith("/lineage", StringComparison.Ordinal))
                Assert.Contains(works, w => w.GetProperty("year").ValueKind == System.Text.Json.JsonValueKind.String);
        }
    }
}
