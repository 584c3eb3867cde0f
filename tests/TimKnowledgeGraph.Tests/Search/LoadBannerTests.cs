using System.Net;
using System.Text.Json;
using TimKnowledgeGraph.Graph.Loading;
using TimKnowledgeGraph.Graph.Search;
using TimKnowledgeGraph.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace TimKnowledgeGraph.Tests.Search;

/// <summary>A rejected load is shown on every page; search follows committed loads.</summary>
public sealed class LoadBannerTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    private const string Broken = """
        ---
        kind: concept
        name: Broken <b>note</b>
        derived_from: [no-such-concept]
        ---
        Links to nothing.
        """;

    [Fact]
    public async Task ShouldShowEachDiagnosticOnEveryPageWhileTheLoadIsRejected()
    {
        using var content = TempContent.SmallLineage().With("concepts/broken.md", Broken);
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root, "--Content:Watch=false");

        var status = await host.GetJsonAsync<JsonElement>("/api/load/status");
        Assert.False(status.GetProperty("latest").GetProperty("succeeded").GetBoolean());
        foreach (var path in new[] { "/", "/concepts", "/search?q=learning", "/concepts/no-such-page" })
        {
            using var response = await host.Http.GetAsync(path, TestContext.Current.CancellationToken);
            var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.True(html.Contains("class=\"load-banner\"", StringComparison.Ordinal), $"{path}: no banner in {status}\n{html[..Math.Min(html.Length, 3000)]}");
            var banner = Web.Html.Between(html, "class=\"load-banner\"", "</section>");
            Assert.Contains("concepts/broken.md:4:", banner);
            Assert.Contains("no-such-concept", banner);
        }
    }

    [Fact]
    public async Task ShouldShowNoBannerWhenTheLoadSucceeded()
    {
        using var content = TempContent.SmallLineage();
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root, "--Content:Watch=false");

        Assert.DoesNotContain("load-banner", await host.Http.GetStringAsync("/", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ShouldReindexAfterEachCommittedLoad()
    {
        using var content = TempContent.SmallLineage();
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root, "--Content:Watch=false");
        var search = host.Services.GetRequiredService<SearchService>();
        Assert.Empty((await search.SearchAsync(new SearchRequest("serendipity"), TestContext.Current.CancellationToken)).Groups);

        content.With("concepts/learning-organisation.md", """
            ---
            kind: concept
            name: Learning organisation
            ---
            From corporate studies, found by serendipity.
            """);
        await host.Services.GetRequiredService<ContentSyncService>().LoadAsync(TestContext.Current.CancellationToken);

        var hit = Assert.Single(Assert.Single((await search.SearchAsync(new SearchRequest("serendipity"), TestContext.Current.CancellationToken)).Groups).Hits);
        Assert.Equal("learning-organisation", hit.Id);
        var old = (await search.SearchAsync(new SearchRequest("\"corporate studies\" -serendipity"), TestContext.Current.CancellationToken)).Groups;
        Assert.True(old.Count == 0, string.Join(", ", old.SelectMany(g => g.Hits).Select(h => $"{h.Type}/{h.Id}: {h.SnippetHtml}")));
    }
}
