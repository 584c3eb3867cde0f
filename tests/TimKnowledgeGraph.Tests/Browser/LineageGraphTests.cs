using System.Text.Json;
using TimKnowledgeGraph.Tests.Infrastructure;
using TimKnowledgeGraph.Tests.Web;
using static Microsoft.Playwright.Assertions;

namespace TimKnowledgeGraph.Tests.Browser;

/// <summary>
/// The concept page's lineage graph in headless Chromium: a layered drawing (origins above the concept, what grew
/// out of it below), labels that never overlap, and filters that hide nodes. Positions come from the Cytoscape
/// instance lineage.js exposes as <c>window.timkgGraphs["lineage-graph"]</c>.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class LineageGraphTests(Neo4jFixture neo4j, CorpusHost corpus, BrowserSession browser)
    : IClassFixture<CorpusHost>, IClassFixture<BrowserSession>
{
    private const string Nodes = """
        () => window.timkgGraphs['lineage-graph'].nodes(':visible').map(n => {
            const b = n.boundingBox({ includeLabels: true });
            return { id: n.id(), side: n.data('side'), kind: n.data('kind'), y: n.position('y'), x1: b.x1, x2: b.x2, y1: b.y1, y2: b.y2 };
        })
        """;

    private sealed record Drawn(string Id, string Side, string Kind, double Y, double X1, double X2, double Y1, double Y2);

    private static async Task<List<Drawn>> DrawnAsync(Microsoft.Playwright.IPage page) =>
        JsonSerializer.Deserialize<List<Drawn>>((await page.EvaluateAsync<JsonElement>(Nodes)).GetRawText(), JsonSerializerOptions.Web)!;

    [BrowserFact]
    public async Task ShouldLayerAncestorsAboveAndDescendantsBelowWithoutOverlappingLabels()
    {
        var host = await corpus.StartAsync(neo4j);
        await using var tab = await browser.NewPageAsync(host.Address);
        var page = tab.Page;

        await page.GotoAsync("/concepts/learning-region#lineage");
        var graph = page.Locator("#lineage-graph[data-graph-state=drawn]");
        await Expect(graph).ToBeVisibleAsync();
        await graph.ScrollIntoViewIfNeededAsync();
        await tab.ScreenshotAsync("11-lineage-graph", page.Locator("#lineage"));

        var nodes = await DrawnAsync(page);
        var centre = Assert.Single(nodes, n => n.Kind == "Centre");
        Assert.Equal("learning-region", centre.Id);
        // Learning Region derives from learning-organisations and is a member of the TIM family; two concepts derive from it.
        Assert.Contains(nodes, n => n.Id == "learning-organisations" && n.Side == "ancestor");
        Assert.Contains(nodes, n => n.Id == "territorial-innovation-models" && n.Side == "ancestor");
        Assert.Contains(nodes, n => n.Id == "social-dynamics-of-innovation-networks" && n.Side == "descendant");
        Assert.All(nodes.Where(n => n.Side == "ancestor"), n => Assert.True(n.Y < centre.Y, $"{n.Id} (ancestor) at y={n.Y} is not above the concept at y={centre.Y}"));
        Assert.All(nodes.Where(n => n.Side == "descendant"), n => Assert.True(n.Y > centre.Y, $"{n.Id} (descendant) at y={n.Y} is not below the concept at y={centre.Y}"));
        for (var i = 0; i < nodes.Count; i++)
            for (var j = i + 1; j < nodes.Count; j++)
            {
                var (a, b) = (nodes[i], nodes[j]);
                var overlap = a.X1 < b.X2 && b.X1 < a.X2 && a.Y1 < b.Y2 && b.Y1 < a.Y2;
                Assert.False(overlap, $"labels of {a.Id} and {b.Id} overlap");
            }
        Assert.Empty(tab.ConsoleErrors);
    }

    [BrowserFact]
    public async Task ShouldHideNodesWhenATypeOrRelationIsUnticked()
    {
        var host = await corpus.StartAsync(neo4j);
        await using var tab = await browser.NewPageAsync(host.Address);
        var page = tab.Page;

        await page.GotoAsync("/concepts/learning-region#lineage");
        await Expect(page.Locator("#lineage-graph[data-graph-state=drawn]")).ToBeVisibleAsync();
        var before = await DrawnAsync(page);
        Assert.Contains(before, n => n.Id == "learning-organisations");

        await page.Locator(".graph-filters .relations").GetByLabel("derived from").UncheckAsync();
        var withoutDerived = await DrawnAsync(page);
        Assert.DoesNotContain(withoutDerived, n => n.Id == "learning-organisations");
        Assert.Contains(withoutDerived, n => n.Id == "territorial-innovation-models"); // a member-of step, still shown
        Assert.Contains(withoutDerived, n => n.Kind == "Centre");

        await page.Locator(".graph-filters .relations").GetByLabel("derived from").CheckAsync();
        await page.Locator(".graph-filters .kinds").GetByLabel("Concept").UncheckAsync();
        var withoutConcepts = await DrawnAsync(page);
        Assert.Equal(["learning-region"], withoutConcepts.Where(n => n.Kind == "Concept" || n.Kind == "Centre").Select(n => n.Id));
        Assert.True(withoutConcepts.Count < before.Count);
        Assert.Empty(tab.ConsoleErrors);
    }
}
