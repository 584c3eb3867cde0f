using Microsoft.Playwright;
using TimKnowledgeGraph.Tests.Infrastructure;
using TimKnowledgeGraph.Tests.Web;
using static Microsoft.Playwright.Assertions;

namespace TimKnowledgeGraph.Tests.Browser;

/// <summary>A researcher's walk through the real corpus in headless Chromium: search, concept, critique, reference, reading list, network.</summary>
[Collection(Neo4jCollection.Name)]
public sealed class ReviewJourneyTests(Neo4jFixture neo4j, CorpusHost corpus, BrowserSession browser)
    : IClassFixture<CorpusHost>, IClassFixture<BrowserSession>
{
    [BrowserFact]
    public async Task ShouldGoFromSearchToConceptCritiqueReferenceAndDownloadTheReadingList()
    {
        var host = await corpus.StartAsync(neo4j);
        await using var tab = await browser.NewPageAsync(host.Address);
        var page = tab.Page;

        await page.GotoAsync("/");
        await tab.ScreenshotAsync("01-home");
        await page.GetByLabel("Search names, aliases, summaries, titles and authors").FillAsync("learning region");
        await page.GetByLabel("Search names, aliases, summaries, titles and authors").PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/search\\?q=learning"));
        await tab.ScreenshotAsync("02-search");

        await page.Locator("section:has(#results-Concept)").GetByRole(AriaRole.Link, new() { Name = "Learning Region", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Learning Region");
        // Sections after the note are folded; the summary opens them.
        await page.Locator("#critiques summary").ClickAsync();
        var direct = page.Locator("ol.critiques.direct");
        // Hassink's four critiques, each shown with its source.
        foreach (var id in new[] { "lr-fuzzy", "lr-normative", "lr-overlapping", "lr-squeezed" })
            await Expect(direct.Locator($"#critique-{id}")).ToContainTextAsync("Hassink (2007)");
        await Expect(direct.Locator("#critique-lr-squeezed h4")).ToHaveTextAsync("Learning regions are squeezed between national and global levels");
        var inherited = page.Locator("ol.critiques.inherited");
        await Expect(inherited.Locator("#critique-tim-undertheorised")).ToContainTextAsync("Inherited from its family");
        await Expect(inherited.Locator("#critique-tim-undertheorised")).ToContainTextAsync("Territorial Innovation Models");
        await tab.ScreenshotAsync("03-concept-learning-region");
        await tab.ScreenshotAsync("03a-concept-header", page.Locator("article header"));
        await tab.ScreenshotAsync("03b-concept-critiques", page.Locator("#critiques"));

        await direct.GetByRole(AriaRole.Link, new() { Name = "The Learning Region is fuzzy" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/critiques/lr-fuzzy$"));
        await Expect(page.Locator(".source")).ToContainTextAsync("critiques/lr-fuzzy.md:1");
        await tab.ScreenshotAsync("04-critique-lr-fuzzy");

        await page.Locator("dl.facts").GetByRole(AriaRole.Link, new() { NameRegex = new("Hassink", System.Text.RegularExpressions.RegexOptions.IgnoreCase) }).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/references/hassink2007$"));
        await Expect(page.Locator("section:has(#rel-RAISED_IN)")).ToContainTextAsync("The Learning Region is fuzzy");
        await tab.ScreenshotAsync("05-reference-hassink2007");

        await page.GotoAsync("/concepts/learning-region#reading-list");
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.Locator("#reading-list").GetByRole(AriaRole.Link, new() { Name = "BibTeX" }).ClickAsync());
        var bibtex = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.EndsWith(".bib", download.SuggestedFilename);
        Assert.Matches("(?m)^@\\w+\\{hassink2007,", bibtex);
        Assert.Matches("(?m)^@\\w+\\{storper1993,", bibtex);
        Assert.Matches("(?m)^@\\w+\\{florida1995,", bibtex);
        Assert.Empty(tab.ConsoleErrors);
    }

    [BrowserFact]
    public async Task ShouldShowTheNetworksOverlapMatrixBrokersAndGraph()
    {
        var host = await corpus.StartAsync(neo4j);
        await using var tab = await browser.NewPageAsync(host.Address);
        var page = tab.Page;

        await page.GotoAsync("/networks");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new("How the book's authors met") }).ClickAsync();
        await Expect(page.Locator("table.heatmap").First).ToBeVisibleAsync();
        await Expect(page.Locator("table.heatmap").First.Locator("th[scope=col]")).ToHaveCountAsync(10);
        await Expect(page.Locator("section#brokers table")).ToContainTextAsync("Dessy");
        // The graph view: Cytoscape draws into canvases inside the container, and the CSP let it.
        await Expect(page.Locator("#ties .graph-view.graph-ready canvas").First).ToBeAttachedAsync();
        await tab.ScreenshotAsync("06-network-preface");
        await tab.ScreenshotAsync("06a-network-overlap", page.Locator("#overlap"));
        await tab.ScreenshotAsync("06b-network-analyses", page.Locator("#participation"));
        await tab.ScreenshotAsync("06c-network-typology", page.Locator("#typology"));
        await tab.ScreenshotAsync("06d-network-graph", page.Locator("#ties .graph-view"));

        await page.Locator("section#brokers").GetByRole(AriaRole.Link, new() { Name = "Dessy" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Dessy");
        await tab.ScreenshotAsync("07-actor-dessy");
        Assert.Empty(tab.ConsoleErrors);
    }

    [BrowserFact]
    public async Task ShouldDrawTheConceptNeighbourhoodWithNodesThatOpenTheirPages()
    {
        var host = await corpus.StartAsync(neo4j);
        await using var tab = await browser.NewPageAsync(host.Address);
        var page = tab.Page;

        await page.GotoAsync("/concepts/learning-region#graph");
        var graph = page.Locator("#graph .graph-view.graph-ready");
        await Expect(graph.Locator("canvas").First).ToBeAttachedAsync();
        await graph.ScrollIntoViewIfNeededAsync();
        await tab.ScreenshotAsync("08-concept-graph", page.Locator("#graph"));
        Assert.Empty(tab.ConsoleErrors);
    }

    [BrowserFact]
    public async Task ShouldReadWithoutJavaScriptAndMoveByKeyboard()
    {
        var host = await corpus.StartAsync(neo4j);
        await using var tab = await browser.NewPageAsync(host.Address, javaScript: false);
        var page = tab.Page;

        await page.GotoAsync("/concepts/learning-region");
        await Expect(page.Locator("ol.critiques.direct li.critique")).ToHaveCountAsync(13);
        await Expect(page.Locator("#graph .graph-view")).ToBeHiddenAsync();

        // The first Tab reaches the skip link, which takes focus to the main content.
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("main")).ToBeFocusedAsync();
        await tab.ScreenshotAsync("09-concept-without-javascript");
    }
}
