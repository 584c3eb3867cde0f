using TimKnowledgeGraph.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TimKnowledgeGraph.Tests.Browser;

/// <summary>
/// A rejected edit is visible in the browser (issue #14): on a host watching a copy of content/, a note broken on disk
/// puts a banner naming <c>file:line:col</c> and the message on every page; fixing the note takes it away.
/// </summary>
public sealed class LoadBannerBrowserTests(Neo4jFixture neo4j, BrowserSession browser) : Neo4jTest(neo4j), IClassFixture<BrowserSession>
{
    private static readonly string[] Pages = ["/", "/concepts/learning-region", "/references/storper1993", "/networks/preface-network", "/search?q=learning"];

    [BrowserTheory]
    [InlineData(1400)]
    [InlineData(420)]
    public async Task ShouldNameTheBrokenLineOnEveryPageUntilTheNoteIsFixed(int width)
    {
        using var content = new ContentCopy(RepositoryPaths.Content);
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root, "--Content:Watch=true");
        await using var tab = await browser.NewPageAsync(host.Address);
        var page = tab.Page;
        await page.SetViewportSizeAsync(width, 900);
        await page.GotoAsync("/");
        await Expect(page.Locator(".load-banner")).ToHaveCountAsync(0);

        // A typed link to a concept that does not exist: the load is refused, the graph keeps the last good content.
        const string note = "concepts/learning-region.md";
        var line = content.Replace(note, "  - innovative-milieux\n", "  - zzq-no-such-concept\n");
        foreach (var path in Pages)
        {
            var banner = page.Locator(".load-banner");
            Assert.True(await Eventually.TrueAsync(async () =>
            {
                await page.GotoAsync(path);
                return await banner.CountAsync() == 1;
            }), $"{path}: no banner after the broken edit");
            var text = await banner.InnerTextAsync();
            Assert.Matches($@"concepts/learning-region\.md:{line}:\d+", text);
            Assert.Contains("zzq-no-such-concept", text);
            Assert.True(await banner.IsVisibleAsync(), $"{path}: the banner is not visible");
            var (scrollWidth, innerWidth) = (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("() => window.innerWidth"));
            Assert.True(scrollWidth <= innerWidth, $"{path} with the banner at {width} px is {scrollWidth} px wide");
        }
        await tab.ScreenshotAsync($"22-load-banner-{width}", page.Locator(".load-banner"));

        content.Replace(note, "  - zzq-no-such-concept\n", "  - innovative-milieux\n");
        Assert.True(await Eventually.TrueAsync(async () =>
        {
            await page.GotoAsync("/concepts/learning-region");
            return await page.Locator(".load-banner").CountAsync() == 0;
        }), "the banner stayed after the note was fixed");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Learning Region");
        Assert.Empty(tab.ConsoleErrors);
    }
}
