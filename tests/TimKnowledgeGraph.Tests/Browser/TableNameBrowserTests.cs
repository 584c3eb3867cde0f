using TimKnowledgeGraph.Tests.Infrastructure;
using TimKnowledgeGraph.Tests.Web;

namespace TimKnowledgeGraph.Tests.Browser;

/// <summary>
/// Every table on every kind of page has a name a screen reader announces with it (WCAG 2.2, 1.3.1 Info and
/// Relationships; ARIA's accessible name of a table: its caption, aria-labelledby or aria-label): a reader moving
/// from table to table hears "Ties formed and dissolved, table", not "table" eleven times. Read as Chromium computes it.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class TableNameBrowserTests(Neo4jFixture neo4j, CorpusHost corpus, BrowserSession browser)
    : IClassFixture<CorpusHost>, IClassFixture<BrowserSession>
{
    private static readonly string[] Pages =
    [
        "/", "/concepts/learning-region", "/concepts/clusters", "/critiques", "/references", "/references/hassink2007",
        "/networks", "/networks/preface-network", "/networks/preface-network/actors/roel",
        "/networks/preface-network/regions/newcastle", "/console",
    ];

    [BrowserFact]
    public async Task ShouldNameEveryTableOnEveryKindOfPage()
    {
        var host = await corpus.StartAsync(neo4j);
        await using var tab = await browser.NewPageAsync(host.Address);
        var page = tab.Page;
        var unnamed = new List<string>();
        var tables = 0;
        foreach (var path in Pages)
        {
            await page.GotoAsync(path);
            // The console's results table: its example query, run.
            if (path == "/console") await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Run query" }).ClickAsync();
            // Sections fold; a folded table is still in the page a screen reader reads.
            var names = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('table')].map(t => {
                    const byIds = (t.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean)
                        .map(id => document.getElementById(id)?.textContent.trim() || '').join(' ').trim();
                    return (t.caption?.textContent.trim() || byIds || t.getAttribute('aria-label') || '').trim();
                })
                """);
            tables += names.Length;
            unnamed.AddRange(names.Select((name, i) => (name, i)).Where(n => n.name.Length == 0).Select(n => $"{path} table {n.i + 1}"));
        }
        Assert.True(tables >= 20, $"only {tables} tables on the pages read: the list of pages no longer reaches them");
        Assert.True(unnamed.Count == 0, "tables without a name: " + string.Join(", ", unnamed));
        Assert.Empty(tab.ConsoleErrors);
    }
}
