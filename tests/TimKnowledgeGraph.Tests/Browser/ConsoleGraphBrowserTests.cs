using Microsoft.Playwright;
using TimKnowledgeGraph.Tests.Infrastructure;
using TimKnowledgeGraph.Tests.Web;
using static Microsoft.Playwright.Assertions;

namespace TimKnowledgeGraph.Tests.Browser;

/// <summary>
/// The Cypher console draws a result's nodes and relationships, as Neo4j Browser does, beside the table (above it on a
/// phone), under the strict CSP, and the query history still works. Drawn counts come from the Cytoscape instance graph.js
/// exposes as <c>window.timkgGraphs["console-graph"]</c>.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class ConsoleGraphBrowserTests(Neo4jFixture neo4j, CorpusHost corpus, BrowserSession browser)
    : IClassFixture<CorpusHost>, IClassFixture<BrowserSession>
{
    private const string Query = "MATCH (c:Concept {id:'learning-region'})-[r]->(x) RETURN c, r, x LIMIT 10";

    public static TheoryData<int> Widths => [420, 1400];

    [BrowserTheory]
    [MemberData(nameof(Widths))]
    public async Task ShouldDrawTheResultGraphBesideTheTable(int width)
    {
        var host = await corpus.StartAsync(neo4j);
        await using var tab = await browser.NewPageAsync(host.Address);
        var page = tab.Page;
        await page.SetViewportSizeAsync(width, 900);
        var expectedNodes = await neo4j.CountAsync("MATCH (c:Concept {id:'learning-region'})-[r]->(x) WITH x LIMIT 10 RETURN count(DISTINCT x) + 1");
        var expectedEdges = await neo4j.CountAsync("MATCH (c:Concept {id:'learning-region'})-[r]->(x) WITH r LIMIT 10 RETURN count(r)");

        await page.GotoAsync("/console");
        await page.Locator("#console-query").FillAsync(Query);
        await page.GetByRole(AriaRole.Button, new() { Name = "Run query" }).ClickAsync();

        var graph = page.Locator("#console-graph[data-graph-state=drawn]");
        await Expect(graph).ToBeVisibleAsync();
        await Expect(graph.Locator("canvas").First).ToBeAttachedAsync();
        await Expect(graph).ToHaveAttributeAsync("data-drawn-nodes", expectedNodes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(graph).ToHaveAttributeAsync("data-drawn-edges", expectedEdges.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var captions = await page.EvaluateAsync<string[]>("() => window.timkgGraphs['console-graph'].nodes().map(n => n.data('label'))");
        Assert.Contains("Learning Region", captions);
        await Expect(page.Locator("#results table.data tbody tr")).ToHaveCountAsync((int)expectedEdges);

        // Beside the table on a wide screen, above it on a narrow one; never wider than the window.
        var graphBox = (await graph.BoundingBoxAsync())!;
        var tableBox = (await page.Locator("#results .table-scroll").BoundingBoxAsync())!;
        if (width >= 1400) Assert.True(tableBox.X >= graphBox.X + graphBox.Width - 1, $"table at x={tableBox.X} is not beside the graph ending at {graphBox.X + graphBox.Width}");
        else Assert.True(tableBox.Y >= graphBox.Y + graphBox.Height - 1, "on a phone the table comes below the graph");
        Assert.True(graphBox.X + graphBox.Width <= width, $"the graph spills past the window ({graphBox.X + graphBox.Width} > {width})");
        // The window, not the whole page: node cells hold whole property maps, so the table runs long.
        await page.Locator("#results-heading").ScrollIntoViewIfNeededAsync();
        Directory.CreateDirectory(BrowserSession.Screenshots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.Screenshots, $"16-console-graph-{width}.png") });

        // The query history still offers the query.
        await page.GotoAsync("/console");
        await Expect(page.Locator(".console-history .history-entry").First).ToHaveTextAsync(Query);
        Assert.Empty(tab.ConsoleErrors); // a CSP refusal would show up here
    }

    [BrowserFact]
    public async Task ShouldKeepCaptionsReadableWhenAResultFitsItsBoxOnlyZoomedOut()
    {
        // Twenty derivation steps fit the box at a zoom near 0.5, where the 10px captions fell under Cytoscape's
        // minimum drawn size: 16 bare dots.
        var host = await corpus.StartAsync(neo4j);
        await using var tab = await browser.NewPageAsync(host.Address);
        var page = tab.Page;
        await page.SetViewportSizeAsync(1400, 900);

        await page.GotoAsync("/console");
        await page.Locator("#console-query").FillAsync("MATCH (c:Concept)-[r:DERIVED_FROM]->(o:Concept) RETURN c, r, o LIMIT 20");
        await page.GetByRole(AriaRole.Button, new() { Name = "Run query" }).ClickAsync();
        await Expect(page.Locator("#console-graph[data-graph-state=drawn]")).ToBeVisibleAsync();

        var drawn = await page.EvaluateAsync<double[]>("() => { const cy = window.timkgGraphs['console-graph']; " +
            "return [cy.zoom(), Math.min(...cy.nodes().map(n => parseFloat(n.style('font-size')) * cy.zoom())), parseFloat(cy.nodes()[0].style('min-zoomed-font-size'))]; }");
        Assert.True(drawn[0] < 1, $"the result fits at zoom {drawn[0]}: not the case this test is about");
        Assert.True(drawn[1] >= 9.5 || drawn[1] >= 10 * 2.5 * drawn[0] - 0.01, $"captions drawn at {drawn[1]:0.0}px on screen (zoom {drawn[0]:0.00})");
        Assert.True(drawn[1] >= drawn[2], $"captions of {drawn[1]:0.0}px fall under the minimum drawn size {drawn[2]}px");
    }
}
