using TimKnowledgeGraph.Tests.Infrastructure;
using TimKnowledgeGraph.Tests.Web;
using static Microsoft.Playwright.Assertions;

namespace TimKnowledgeGraph.Tests.Browser;

/// <summary>The Cypher console remembers the queries run from this browser and runs one again on a click.</summary>
[Collection(Neo4jCollection.Name)]
public sealed class ConsoleHistoryTests(Neo4jFixture neo4j, CorpusHost corpus, BrowserSession browser)
    : IClassFixture<CorpusHost>, IClassFixture<BrowserSession>
{
    private const string Pattern = "MATCH (a)-[r]->(b) RETURN a, r, b LIMIT 5";

    [BrowserFact]
    public async Task ShouldKeepRunQueriesAndRunOneAgainOnAClick()
    {
        var host = await corpus.StartAsync(neo4j);
        await using var tab = await browser.NewPageAsync(host.Address);
        var page = tab.Page;

        await page.GotoAsync("/console");
        await Expect(page.Locator(".console-history")).ToHaveCountAsync(0); // a fresh browser has no history
        await page.Locator("#console-query").FillAsync(Pattern);
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Run query" }).ClickAsync();
        await Expect(page.Locator("#results [role=status]")).ToContainTextAsync("5 rows");
        await page.Locator("#console-query").FillAsync("MATCH (c:Concept) RETURN count(c) AS concepts");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Run query" }).ClickAsync();
        await Expect(page.Locator("#results [role=status]")).ToContainTextAsync("1 row");

        await page.GotoAsync("/console");
        var entries = page.Locator(".console-history .history-entry");
        await Expect(entries).ToHaveCountAsync(2);
        await Expect(entries.Nth(0)).ToHaveTextAsync("MATCH (c:Concept) RETURN count(c) AS concepts"); // newest first
        await Expect(entries.Nth(1)).ToHaveTextAsync(Pattern);
        await tab.ScreenshotAsync("13-console-history", page.Locator("main"));

        await entries.Nth(1).ClickAsync();
        await Expect(page.Locator("#results [role=status]")).ToContainTextAsync("5 rows");
        await Expect(page.Locator("#console-query")).ToHaveValueAsync(Pattern);
        // Running it again moves it to the top instead of adding a duplicate.
        await page.GotoAsync("/console");
        await Expect(entries).ToHaveCountAsync(2);
        await Expect(entries.Nth(0)).ToHaveTextAsync(Pattern);
        Assert.Empty(tab.ConsoleErrors);
    }
}
