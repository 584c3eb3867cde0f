using System.Net;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Web;

/// <summary>
/// Zotero's own CSL-JSON export names items "9876/ABCD1234". Such a key loaded and was cited, but its page and its API
/// answered 404: the link encodes the slash, and ASP.NET Core hands the route value over still encoded.
/// </summary>
public sealed class SlashKeyPageTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    [Fact]
    public async Task ShouldServeTheReferencePageAndApiOfACitationKeyWithASlash()
    {
        using var content = TempContent.SmallLineage()
            .With("references/zotero.json", """[{"id": "9876/ABCD1234", "type": "book", "title": "Regions", "author": [{"family": "Kim", "given": "Ji"}], "issued": {"date-parts": [[2019]]}}]""")
            .With("concepts/sdin.md", """
                ---
                kind: framework
                name: Social dynamics of innovation networks
                ---
                As [@9876/ABCD1234, p. 4] puts it.
                """);
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root, "--Content:Watch=false");
        var ct = TestContext.Current.CancellationToken;

        var concept = await host.Http.GetStringAsync("/concepts/sdin", ct);
        Assert.Contains("<a href=\"/references/9876%2FABCD1234\">Kim, 2019, p. 4</a>", concept);

        using var page = await host.Http.GetAsync("/references/9876%2FABCD1234", ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Kim, J. (2019). <i>Regions</i>.", await page.Content.ReadAsStringAsync(ct));
        var api = await host.GetJsonAsync<System.Text.Json.JsonElement>("/api/references/9876%2FABCD1234");
        Assert.Equal("9876/ABCD1234", api.GetProperty("id").GetString());
        Assert.Contains("@book{9876/ABCD1234,", await host.Http.GetStringAsync("/api/references/9876%2FABCD1234.bib", ct));
    }
}
