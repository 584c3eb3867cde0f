using Microsoft.Playwright;
using TimKnowledgeGraph.Tests.Infrastructure;
using TimKnowledgeGraph.Tests.Web;
using static Microsoft.Playwright.Assertions;

namespace TimKnowledgeGraph.Tests.Browser;

/// <summary>
/// A reader opens a folded section of a concept page, follows a link from it and comes back: the section is still
/// open (it was folded again, and the reader lost their place in a long page), and the sections they left folded stay so.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class FoldMemoryBrowserTests(Neo4jFixture neo4j, CorpusHost corpus, BrowserSession browser)
    : IClassFixture<CorpusHost>, IClassFixture<BrowserSession>
{
    [BrowserFact]
    public async Task ShouldKeepTheSectionsTheReaderOpenedWhenTheyComeBack()
    {
        var host = await corpus.StartAsync(neo4j);
        await using var tab = await browser.NewPageAsync(host.Address);
        var page = tab.Page;
        await page.GotoAsync("/concepts/learning-region");
        var critiques = page.Locator("#critiques details.fold");
        await Expect(critiques).Not.ToHaveAttributeAsync("open", "");

        await page.Locator("#critiques summary").ClickAsync();
        await page.Locator("#evidence summary").ClickAsync();
        await page.Locator("#evidence summary").ClickAsync();
        await page.Locator("ol.critiques.direct").GetByRole(AriaRole.Link, new() { Name = "The Learning Region is fuzzy" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/critiques/lr-fuzzy$"));

        await page.GoBackAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/concepts/learning-region$"));
        await Expect(critiques).ToHaveAttributeAsync("open", "");
        await Expect(page.Locator("ol.critiques.direct").GetByRole(AriaRole.Link, new() { Name = "The Learning Region is fuzzy" })).ToBeVisibleAsync();
        // Opened and closed again, and never opened: folded.
        await Expect(page.Locator("#evidence details.fold")).Not.ToHaveAttributeAsync("open", "");
        await Expect(page.Locator("#lineage details.fold")).Not.ToHaveAttributeAsync("open", "");

        // A new visit to the page (from another page, not a return through history) opens folded, as before.
        await page.GotoAsync("/critiques/lr-fuzzy");
        await page.GotoAsync("/concepts/learning-region");
        await Expect(page.Locator("details.fold[open]")).ToHaveCountAsync(0);
        Assert.Empty(tab.ConsoleErrors);
    }
}
