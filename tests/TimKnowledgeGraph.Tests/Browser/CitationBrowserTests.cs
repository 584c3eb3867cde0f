using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TimKnowledgeGraph.Domain.Citations;
using TimKnowledgeGraph.Host.Web.Data;
using TimKnowledgeGraph.Tests.Infrastructure;
using TimKnowledgeGraph.Tests.Web;
using static Microsoft.Playwright.Assertions;

namespace TimKnowledgeGraph.Tests.Browser;

/// <summary>
/// Citations as a reader sees them in Chromium (issue #14), at a phone's and a laptop's width: a note shows author–date
/// citations and wiki-links by name, never keys or slugs; a reference page shows its entry in APA, Chicago and Harvard
/// and offers BibTeX and CSL-JSON, each as the product's formatter writes it, checked by hand where the entry is known.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class CitationBrowserTests(Neo4jFixture neo4j, CorpusHost corpus, BrowserSession browser)
    : IClassFixture<CorpusHost>, IClassFixture<BrowserSession>
{
    public static TheoryData<int> Widths => [420, 1400];

    [BrowserTheory]
    [MemberData(nameof(Widths))]
    public async Task ShouldShowAuthorDateCitationsAndNamedLinksInANote(int width)
    {
        var host = await corpus.StartAsync(neo4j);
        await using var tab = await browser.NewPageAsync(host.Address);
        var page = tab.Page;
        await page.SetViewportSizeAsync(width, 900);

        await page.GotoAsync("/concepts/learning-region");
        var note = page.Locator(".note-body");
        await Expect(note).ToContainTextAsync("(Storper, 1993)");
        await Expect(note).ToContainTextAsync("(Asheim, 1996; Morgan, 1997)");
        await Expect(note.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Industrial districts", Exact = true }).First).ToBeVisibleAsync();
        var text = await note.InnerTextAsync();
        foreach (var bare in new[] { "storper1993", "asheim1996", "morgan1997", "hassink2007", "[@", "lr-fuzzy", "industrial-districts", "[[" })
            Assert.DoesNotContain(bare, text);
        await tab.ScreenshotAsync($"20-citations-note-{width}", note);

        // A citation leads to the work's page, titled by its entry.
        await note.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Storper, 1993", Exact = true }).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/references/storper1993$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Storper, M. (1993).");
        Assert.Empty(tab.ConsoleErrors);
    }

    [BrowserTheory]
    [InlineData("storper1993", 420)]
    [InlineData("storper1993", 1400)]
    [InlineData("massey", 1400)]
    public async Task ShouldOfferTheReferenceInEveryStyleAndFormat(string key, int width)
    {
        var host = await corpus.StartAsync(neo4j);
        await using var tab = await browser.NewPageAsync(host.Address);
        var page = tab.Page;
        await page.SetViewportSizeAsync(width, 900);
        ReferenceFormats formats;
        using (var scope = host.Services.CreateScope())
            formats = (await ReferenceFormats.ReadAsync(scope.ServiceProvider.GetRequiredService<WebGraph>(), key, default))!;

        await page.GotoAsync("/references/" + key);
        foreach (var style in CitationStyles.All)
        {
            var cell = page.Locator($"#cite td[data-style=\"{CitationStyles.Code(style)}\"]");
            Assert.Equal(formats.Entry(style).Plain, (await cell.InnerTextAsync()).Trim());
        }
        if (key == "storper1993")
        {
            // Checked by hand against the styles' rules: initials in APA and Harvard, the full name and no parentheses in Chicago.
            await Expect(page.Locator("#cite td[data-style=\"apa\"]")).ToHaveTextAsync("Storper, M. (1993).");
            await Expect(page.Locator("#cite td[data-style=\"chicago\"]")).ToHaveTextAsync("Storper, Michael. 1993.");
            await Expect(page.Locator("#cite td[data-style=\"harvard\"]")).ToHaveTextAsync("Storper, M. (1993).");
        }

        // BibTeX and CSL-JSON open from their summaries; what they show is the download's text.
        await page.Locator("#cite summary", new() { HasText = "BibTeX" }).ClickAsync();
        await Expect(page.Locator("pre.bibtex")).ToBeVisibleAsync();
        Assert.Equal(formats.BibTex.Trim(), (await page.Locator("pre.bibtex").InnerTextAsync()).Trim());
        Assert.StartsWith("@", (await page.Locator("pre.bibtex").InnerTextAsync()).Trim());
        Assert.Contains("{" + key + ",", await page.Locator("pre.bibtex").InnerTextAsync());
        await page.Locator("#cite summary", new() { HasText = "CSL-JSON" }).ClickAsync();
        using var csl = JsonDocument.Parse(await page.Locator("pre.csl-json").InnerTextAsync());
        var item = Assert.Single(csl.RootElement.EnumerateArray().ToList());
        Assert.Equal(key, item.GetProperty("id").GetString());
        Assert.Equal(key == "massey" ? "Massey" : "Storper", item.GetProperty("author")[0].GetProperty("family").GetString());
        if (key == "massey")
        {
            Assert.Equal("In what sense a regional problem", item.GetProperty("title").GetString());
            Assert.Equal("Regional Studies", item.GetProperty("container-title").GetString());
        }

        await tab.ScreenshotAsync($"21-reference-{key}-{width}");
        var (scrollWidth, innerWidth) = (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("() => window.innerWidth"));
        Assert.True(scrollWidth <= innerWidth, $"/references/{key} at {width} px is {scrollWidth} px wide");
        Assert.Empty(tab.ConsoleErrors);
    }
}
