using TimKnowledgeGraph.Tests.Infrastructure;
using TimKnowledgeGraph.Tests.Web;
using static Microsoft.Playwright.Assertions;

namespace TimKnowledgeGraph.Tests.Browser;

/// <summary>
/// The region page and the one timeline in Chromium (issues #15 and #14), at 420 and 1,400 px on the real corpus: reached
/// from the dataset page's typology and from an actor, nothing spills past the window, and the dataset's periods, the
/// region's types over time and a concept's lineage are drawn by the same timeline (same axis, marks and labels).
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class RegionBrowserTests(Neo4jFixture neo4j, CorpusHost corpus, BrowserSession browser)
    : IClassFixture<CorpusHost>, IClassFixture<BrowserSession>
{
    private const string Enschede = "/networks/preface-network/regions/enschede";

    public static TheoryData<int> Widths => [420, 1400];

    [BrowserTheory]
    [MemberData(nameof(Widths))]
    public async Task ShouldOpenTheRegionFromTheDatasetAndKeepItWithinTheWindow(int width)
    {
        var host = await corpus.StartAsync(neo4j);
        await using var tab = await browser.NewPageAsync(host.Address);
        var page = tab.Page;
        await page.SetViewportSizeAsync(width, 900);
        // The dataset page computes its analyses on its first visit: slow on a busy 2-core machine, and not what this checks.
        page.SetDefaultNavigationTimeout(120_000);

        await page.GotoAsync("/networks/preface-network");
        await page.Locator("#typology").GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Enschede", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/networks/preface-network/regions/enschede$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Enschede");
        await Expect(page.Locator("#type .region-type")).ToBeVisibleAsync();
        await Expect(page.Locator("#region-ties table")).ToBeVisibleAsync();
        await Expect(page.Locator("#actors").GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Paul", Exact = true })).ToBeVisibleAsync();
        // The preface network dates some ties, so the region has a timeline of its types, one mark per year.
        await Expect(page.Locator("#over-time ol.timeline > li.mark").First).ToBeVisibleAsync();

        await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
        await tab.ScreenshotAsync($"23-region-{width}");
        var (scrollWidth, innerWidth) = (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("() => window.innerWidth"));
        Assert.True(scrollWidth <= innerWidth, $"{Enschede} at {width} px is {scrollWidth} px wide");
        await tab.ScreenshotAsync($"23-region-over-time-{width}", page.Locator("#over-time"));

        // From an actor of the region back to it.
        await page.Locator("#actors").GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Paul", Exact = true }).ClickAsync();
        await page.Locator("header").GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Enschede", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/regions/enschede$"));
        Assert.Empty(tab.ConsoleErrors);
    }

    [BrowserTheory]
    [MemberData(nameof(Widths))]
    public async Task ShouldDrawPeriodsTypesAndLineageOnTheSameTimeline(int width)
    {
        var host = await corpus.StartAsync(neo4j);
        await using var tab = await browser.NewPageAsync(host.Address);
        var page = tab.Page;
        await page.SetViewportSizeAsync(width, 900);
        page.SetDefaultNavigationTimeout(120_000);

        var looks = new List<string>();
        foreach (var (name, path, where) in new[]
        {
            ("periods", "/networks/preface-network", "#period"),
            ("types", Enschede, "#over-time"),
            ("lineage", "/concepts/learning-region", "#lineage"),
        })
        {
            await page.GotoAsync(path);
            if (name == "lineage") await page.Locator("#lineage summary").ClickAsync();
            var timeline = page.Locator($"{where} ol.timeline").First;
            await Expect(timeline).ToBeVisibleAsync();
            var mark = timeline.Locator("> li.mark").First;
            // The same axis line and dot, and the same time label, whichever page draws it.
            looks.Add(await mark.EvaluateAsync<string>("""
                m => {
                  const line = getComputedStyle(m, '::before'), dot = getComputedStyle(m, '::after'), time = getComputedStyle(m.querySelector('.time'));
                  return [line.borderTopWidth, line.borderTopStyle, dot.width, dot.borderRadius, time.borderRadius, time.fontSize].join(' ');
                }
                """));
            await tab.ScreenshotAsync($"24-timeline-{name}-{width}", timeline);
            var box = await timeline.BoundingBoxAsync();
            Assert.True(box is not null && box.X + box.Width <= width + 0.5, $"{path}: the timeline runs past {width} px");
        }
        Assert.Single(looks.Distinct());

        // The lineage timeline marks the concept itself in its year (1993: Storper's article) and dates its ancestors.
        await Expect(page.Locator("#lineage ol.timeline > li.mark.current .time")).ToHaveTextAsync("1993");
        await Expect(page.Locator("#lineage ol.timeline .kind-centre")).ToHaveTextAsync("Learning Region");
        Assert.Empty(tab.ConsoleErrors);
    }
}
