using TimKnowledgeGraph.Tests.Infrastructure;
using TimKnowledgeGraph.Tests.Web;
using static Microsoft.Playwright.Assertions;

namespace TimKnowledgeGraph.Tests.Browser;

/// <summary>
/// Layout at a phone's width (420 px) and a laptop's (1,400 px): no page spills past the window's right edge, heat
/// maps show their last column, and the long concept page opens folded. Screenshots at both widths are kept.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class PageWidthTests(Neo4jFixture neo4j, CorpusHost corpus, BrowserSession browser)
    : IClassFixture<CorpusHost>, IClassFixture<BrowserSession>
{
    public static TheoryData<int> Widths => [420, 1400];

    [BrowserTheory]
    [MemberData(nameof(Widths))]
    public async Task ShouldKeepEveryPageWithinTheWindow(int width)
    {
        var host = await corpus.StartAsync(neo4j);
        await using var tab = await browser.NewPageAsync(host.Address);
        var page = tab.Page;
        await page.SetViewportSizeAsync(width, 900);

        foreach (var (name, path) in new[] { ("home", "/"), ("concept", "/concepts/learning-region"), ("dataset", "/networks/preface-network") })
        {
            await page.GotoAsync(path);
            await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
            var (scrollWidth, innerWidth) = (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("() => window.innerWidth"));
            await tab.ScreenshotAsync($"12-width-{width}-{name}");
            Assert.True(scrollWidth <= innerWidth, $"{path} at {width} px is {scrollWidth} px wide");
        }

        // The overlap heat map shows its last column whole at 1,400 px; narrower, it scrolls inside its own box.
        await page.GotoAsync("/networks/preface-network");
        var heatmap = page.Locator("table.heatmap").First;
        await Expect(heatmap).ToBeVisibleAsync();
        var fits = await heatmap.EvaluateAsync<bool>("t => t.scrollWidth <= t.clientWidth");
        if (width >= 1400) Assert.True(fits, "the heat map's last column is cut off at 1,400 px");
        Assert.Empty(tab.ConsoleErrors);
    }

    [BrowserFact]
    public async Task ShouldOpenTheConceptPageWithOnlyTheNoteUnfolded()
    {
        var host = await corpus.StartAsync(neo4j);
        await using var tab = await browser.NewPageAsync(host.Address, javaScript: false);
        var page = tab.Page;

        await page.GotoAsync("/concepts/learning-region");
        await Expect(page.Locator(".note-body")).ToBeVisibleAsync();
        await Expect(page.Locator("details.fold[open]")).ToHaveCountAsync(0);
        await Expect(page.Locator("#critiques summary")).ToContainTextAsync("Critiques");
        await Expect(page.Locator("#critiques ol.critiques.direct")).ToBeHiddenAsync();
        var height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        Assert.True(height < 6000, $"the folded concept page is {height} px tall");

        // Without JavaScript the summary still opens its section.
        await page.Locator("#critiques summary").ClickAsync();
        await Expect(page.Locator("#critiques ol.critiques.direct")).ToBeVisibleAsync();
    }
}
