using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using TimKnowledgeGraph.Tests.Infrastructure;
using TimKnowledgeGraph.Tests.Web;

namespace TimKnowledgeGraph.Tests.Search;

/// <summary>Search over HTTP and on the search page, on the real corpus loaded into the real Neo4j.</summary>
[Collection(Neo4jCollection.Name)]
public sealed class SearchApiTests(Neo4jFixture neo4j, CorpusHost corpus) : IClassFixture<CorpusHost>
{
    private async Task<JsonElement> SearchAsync(string query)
    {
        var host = await corpus.StartAsync(neo4j);
        return await host.GetJsonAsync<JsonElement>("/api/search?" + query);
    }

    private static JsonElement? Group(JsonElement results, string type) =>
        results.GetProperty("groups").EnumerateArray().Where(g => g.GetProperty("type").GetString() == type).Cast<JsonElement?>().FirstOrDefault();

    private static List<string> HitIds(JsonElement? group) =>
        group is { } g ? [.. g.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!)] : [];

    [Fact]
    public async Task ShouldAnswerTheHomePageExampleBrokers()
    {
        var results = await SearchAsync("q=brokers");

        Assert.True(results.GetProperty("total").GetInt32() > 0);
        Assert.Contains("preface-network", HitIds(Group(results, "Dataset")));
    }

    [Fact]
    public async Task ShouldFindWordsInNoteBodies()
    {
        var results = await SearchAsync("q=Porterian");

        Assert.Contains("learning-region", HitIds(Group(results, "Concept")));
        var hit = Group(results, "Concept")!.Value.GetProperty("hits").EnumerateArray().First(h => h.GetProperty("id").GetString() == "learning-region");
        Assert.Contains("<mark>Porterian</mark>", hit.GetProperty("snippetHtml").GetString());
    }

    [Fact]
    public async Task ShouldReturnTheAuthorHassink()
    {
        var results = await SearchAsync("q=Hassink");

        Assert.Contains(HitIds(Group(results, "Author")), id => id.Contains("hassink", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("hassink2007", HitIds(Group(results, "Reference")));
    }

    [Fact]
    public async Task ShouldRankTheLearningRegionFirstForItsName()
    {
        var results = await SearchAsync("q=%22learning+region%22&type=Concept&limit=3");

        var group = Assert.Single(results.GetProperty("groups").EnumerateArray());
        Assert.Equal("learning-region", HitIds(group)[0]);
        Assert.True(group.GetProperty("hits").GetArrayLength() <= 3);
    }

    [Fact]
    public async Task ShouldForgiveATypo()
    {
        var results = await SearchAsync("q=lerning+regoin");

        Assert.True(results.GetProperty("approximate").GetBoolean());
        Assert.Contains("learning-region", HitIds(Group(results, "Concept")));
    }

    [Theory]
    [InlineData("q=x&limit=abc", "Parameter limit must be a whole number from 1 to 200, got 'abc'.")]
    [InlineData("q=x&type=Planet", "Parameter type must be one of")]
    public async Task ShouldRefuseBadParametersWithAProblem(string query, string sentence)
    {
        var host = await corpus.StartAsync(neo4j);
        using var response = await host.Http.GetAsync("/api/search?" + query, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(sentence, (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken: TestContext.Current.CancellationToken)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ShouldShowGroupsWithHighlightedSnippetsOnTheSearchPage()
    {
        var host = await corpus.StartAsync(neo4j);
        var html = await host.Http.GetStringAsync("/search?q=fuzzy", TestContext.Current.CancellationToken);

        var critiques = Html.Between(html, "id=\"results-Critique\"", "</section>");
        Assert.Contains("href=\"/critiques/lr-fuzzy\"", critiques);
        Assert.Contains("<mark>", critiques);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("\"unbalanced (AND")]
    [InlineData("/.*/")]
    public async Task ShouldServeHostileTextAsPlainText(string text)
    {
        var host = await corpus.StartAsync(neo4j);
        using var response = await host.Http.GetAsync("/search?q=" + Uri.EscapeDataString(text), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert", html);
    }
}
