using TimKnowledgeGraph.Tests.Infrastructure;
using TimKnowledgeGraph.Tests.Web;
using static Microsoft.Playwright.Assertions;

namespace TimKnowledgeGraph.Tests.Browser;

/// <summary>A note full of script renders inert in a real browser: no dialog, no flag set by the script.</summary>
public sealed class InertContentTests(Neo4jFixture neo4j, BrowserSession browser) : Neo4jTest(neo4j), IClassFixture<BrowserSession>
{
    [BrowserFact]
    public async Task ShouldNeverRunScriptFromANote()
    {
        using var content = SecurityTests.HostileNote();
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root);
        await using var tab = await browser.NewPageAsync(host.Address);
        var page = tab.Page;

        await page.GotoAsync("/concepts/hostile");
        await Expect(page.Locator(".note-body")).ToContainTextAsync("<script>window.__pwned = 1; alert(1)</script>");
        foreach (var name in new[] { "x", "y", "z" })
            await page.Locator(".note-body").GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
        await page.WaitForTimeoutAsync(300);

        Assert.True(await page.EvaluateAsync<bool>("() => typeof window.__pwned === 'undefined'"));
        Assert.Empty(tab.Dialogs);
        Assert.EndsWith("/concepts/hostile#", page.Url);
        await tab.ScreenshotAsync("10-hostile-note-inert");
    }
}
