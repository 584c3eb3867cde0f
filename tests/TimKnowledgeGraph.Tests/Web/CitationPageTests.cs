using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Web;

/// <summary>
/// Pages and the reference API name works as researchers cite them, from the real corpus in Neo4j: author–date text
/// in notes, wiki-links by name, reference pages titled by their entry, authors' works as non-empty links.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed partial class CitationPageTests(Neo4jFixture neo4j, CorpusHost corpus) : IClassFixture<CorpusHost>
{
    private async Task<(HttpStatusCode Status, string Type, string Body)> GetAsync(string path)
    {
        var host = await corpus.StartAsync(neo4j);
        using var response = await host.Http.GetAsync(path);
        return (response.StatusCode, response.Content.Headers.ContentType?.ToString() ?? "", await response.Content.ReadAsStringAsync());
    }

    private async Task<string> PageAsync(string path)
    {
        var (status, _, body) = await GetAsync(path);
        Assert.True(status == HttpStatusCode.OK, $"GET {path}: {(int)status}");
        return body;
    }

    [Fact]
    public async Task ShouldShowTheLearningRegionNoteWithAuthorDateCitationsAndNamedLinks()
    {
        var html = await PageAsync("/concepts/learning-region");
        var note = Html.Between(html, "<h2 id=\"note-the-learning-region\">The Learning Region</h2>", "id=\"lineage\"");

        Assert.Contains("<a href=\"/references/storper1993\">Storper, 1993</a>", note);
        Assert.Contains("(<a href=\"/references/asheim1996\">Asheim, 1996</a>; <a href=\"/references/morgan1997\">Morgan, 1997</a>)", note);
        Assert.Contains("<a class=\"wikilink\" href=\"/concepts/industrial-districts\">Industrial districts</a>", note, StringComparison.OrdinalIgnoreCase);
        // The label written in the link wins over the target's name.
        Assert.Contains(">social dynamics of innovation networks</a>", note);
        // No citation key and no slug is left showing as text.
        var text = Tags().Replace(note, " ");
        foreach (var bare in new[] { "storper1993", "asheim1996", "hassink2007", "rutten2010", "lr-fuzzy", "industrial-districts", "@" })
            Assert.DoesNotContain(bare, text);
    }

    [Fact]
    public async Task ShouldShowTheReadingListAsFullEntries()
    {
        var reading = Html.Between(await PageAsync("/concepts/learning-region"), "id=\"reading-list\"", "</section>");

        Assert.Contains("<a href=\"/references/storper1993\">Storper, M. (1993).</a>", reading);
        Assert.Contains("<a href=\"/references/asheim1996\">Asheim, B. (1996).</a>", reading);
    }

    [Fact]
    public async Task ShouldTitleAReferencePageByItsEntryAndOfferEveryFormat()
    {
        var html = await PageAsync("/references/storper1993");

        Assert.Contains("<title>Storper (1993)", html);
        Assert.Contains("<h1 class=\"reference-entry\">Storper, M. (1993).</h1>", html);
        Assert.Contains("data-style=\"chicago\">Storper, Michael. 1993.</td>", html);
        Assert.Contains("data-style=\"harvard\">Storper, M. (1993).</td>", html);
        Assert.Contains("href=\"/api/references/storper1993.bib\"", html);
        Assert.Contains("href=\"/api/references/storper1993.json\"", html);
        Assert.Contains("@article{storper1993,", html);
    }

    [Fact]
    public async Task ShouldListAnAuthorsWorksAsNonEmptyLinks()
    {
        var html = await PageAsync("/authors/hassink");
        var works = Html.Between(html, "id=\"works-heading\"", "</section>");

        Assert.Contains("<a href=\"/references/hassink2007\">Hassink. (2007).</a>", works);
        Assert.DoesNotMatch(EmptyLink(), works);
    }

    [Fact]
    public async Task ShouldServeAReferenceInEveryFormatFromTheApi()
    {
        var (status, type, json) = await GetAsync("/api/references/storper1993");
        Assert.Equal(HttpStatusCode.OK, status);
        using var document = JsonDocument.Parse(json);
        Assert.Equal("Storper (1993)", document.RootElement.GetProperty("citation").GetString());
        Assert.Equal("Storper, Michael. 1993.", document.RootElement.GetProperty("entries").GetProperty("chicago").GetString());

        var harvard = await GetAsync("/api/references/storper1993?style=harvard");
        Assert.Equal((HttpStatusCode.OK, "Storper, M. (1993).\n"), (harvard.Status, harvard.Body));
        Assert.StartsWith("text/plain", harvard.Type);

        var bib = await GetAsync("/api/references/storper1993.bib");
        Assert.StartsWith("application/x-bibtex", bib.Type);
        Assert.Contains("author = {Storper, Michael}", bib.Body);

        var csl = await GetAsync("/api/references/storper1993.json");
        using var items = JsonDocument.Parse(csl.Body);
        Assert.Equal("Storper", items.RootElement[0].GetProperty("author")[0].GetProperty("family").GetString());

        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("/api/references/nobody1900")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await GetAsync("/api/references/storper1993?style=mla")).Status);
    }

    [Fact]
    public async Task ShouldLetterTheSameAuthorsSameYearAlikeOnEveryPage()
    {
        // Rutten & Boekema 2007 appears under three keys (the paper's 2007a and 2007b, the book's 2007).
        var a = await PageAsync("/references/rutten2007a");
        var b = await PageAsync("/references/rutten2007b");
        var titleA = Html.Between(a, "<title>", "</title>");
        var titleB = Html.Between(b, "<title>", "</title>");
        Assert.Matches(@"Rutten and Boekema \(2007[abc]\)", titleA);
        Assert.Matches(@"Rutten and Boekema \(2007[abc]\)", titleB);
        Assert.NotEqual(titleA, titleB);
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex("<a [^>]*></a>")]
    private static partial Regex EmptyLink();
}
