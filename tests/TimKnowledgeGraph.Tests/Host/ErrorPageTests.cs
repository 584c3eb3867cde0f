using System.Net;
using TimKnowledgeGraph.Neo4j.LocalServer;
using TimKnowledgeGraph.Tests.Infrastructure;
using TimKnowledgeGraph.Tests.LocalServer;

namespace TimKnowledgeGraph.Tests.Host;

/// <summary>Browsers get readable error pages in the site's layout; API callers keep problem+json.</summary>
public sealed class ErrorPageTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    [LocalNeo4jFact]
    public async Task ShouldAnswerAPageWithAReadable503WhileNeo4jIsDownAndTheApiWithProblemJson()
    {
        // A server of its own, stopped under a running host (pointed at it as an external server).
        var dataDirectory = LocalNeo4jTestSupport.NewDataDirectory();
        var options = LocalNeo4jTestSupport.NewOptions(dataDirectory);
        await using var server = new LocalNeo4jServer(options);
        var endpoint = await server.StartAsync(TestContext.Current.CancellationToken);
        using var content = TempContent.SmallLineage();
        await using var host = await RunningHost.StartAsync(endpoint.HttpUri, endpoint.User, endpoint.Password, content.Root);
        await server.StopAsync(TestContext.Current.CancellationToken);

        var page = await GetAsync(host, "/concepts/learning-region", "text/html,application/xhtml+xml,*/*;q=0.8");
        var api = await GetAsync(host, "/api/concepts/learning-region/lineage", "text/html");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.Status);
        Assert.Equal("text/html", page.ContentType);
        Assert.Contains("<h1>The graph database is not answering</h1>", page.Body);
        Assert.Contains("class=\"site-header\"", page.Body); // the site's layout
        Assert.Contains($"Neo4j unavailable at {endpoint.HttpUri}", page.Body);
        Assert.Contains("reload this page", page.Body);
        Assert.Contains("/api/health", page.Body);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.Status);
        Assert.Equal("application/problem+json", api.ContentType);
        LocalNeo4jTestSupport.DeleteQuietly(dataDirectory);
    }

    [Fact]
    public async Task ShouldAnswerAnUnknownPageWithAReadable404AndAnUnknownApiRouteWithProblemJson()
    {
        using var content = TempContent.SmallLineage();
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root);

        var page = await GetAsync(host, "/no/such/page", "text/html");
        var api = await GetAsync(host, "/api/no-such-route", "text/html");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("text/html", page.ContentType);
        Assert.Contains("<h1>Page not found</h1>", page.Body);
        Assert.Contains("<code>/no/such/page</code>", page.Body);
        Assert.Contains("class=\"site-header\"", page.Body);
        Assert.Equal(HttpStatusCode.NotFound, api.Status);
        Assert.Equal("application/problem+json", api.ContentType);
    }

    [Fact]
    public async Task ShouldRefuseAHostHeaderThatIsNotLoopbackByDefault()
    {
        using var content = TempContent.SmallLineage();
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root);

        var evil = await GetWithHostAsync(host, "evil.example");
        var localhost = await GetWithHostAsync(host, $"localhost:{host.Address.Port}");
        var ipv6 = await GetWithHostAsync(host, "[::1]:8080");

        Assert.Equal(HttpStatusCode.BadRequest, evil);
        Assert.Equal(HttpStatusCode.OK, localhost);
        Assert.Equal(HttpStatusCode.OK, ipv6);
    }

    [Fact]
    public async Task ShouldServeTheHostNamesConfiguredInAllowedHosts()
    {
        using var content = TempContent.SmallLineage();
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root, "--AllowedHosts=kg.example.org");

        Assert.Equal(HttpStatusCode.OK, await GetWithHostAsync(host, "kg.example.org"));
        Assert.Equal(HttpStatusCode.BadRequest, await GetWithHostAsync(host, "evil.example"));
    }

    private static async Task<(HttpStatusCode Status, string? ContentType, string Body)> GetAsync(RunningHost host, string path, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd(accept);
        using var response = await host.Http.SendAsync(request);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }

    private static async Task<HttpStatusCode> GetWithHostAsync(RunningHost host, string hostHeader)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/health");
        request.Headers.Host = hostHeader;
        using var response = await host.Http.SendAsync(request);
        return response.StatusCode;
    }
}
