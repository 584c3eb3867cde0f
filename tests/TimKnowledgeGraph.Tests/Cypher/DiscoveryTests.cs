using System.Net;
using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Tests.Cypher;

public class DiscoveryTests
{
    [Fact]
    public async Task ShouldFindThe3xTransactionEndpointThroughTheDataDocument()
    {
        var handler = new FakeNeo4jHandler().WithServer31().On(HttpMethod.Post, "/db/data/transaction/commit", RealResponses.Components31);
        var client = ClientFactory.Create(handler);

        var server = await client.GetServerInfoAsync(TestContext.Current.CancellationToken);

        Assert.Equal(new Version(3, 1, 1), server.Version);
        Assert.Equal("3.1.1", server.VersionText);
        Assert.Equal("community", server.Edition);
        Assert.Equal(new Uri("http://127.0.0.1:17474/db/data/transaction"), server.TransactionEndpoint);
        Assert.False(server.SupportsAccessModeHeader);
        Assert.Single(handler.To(HttpMethod.Get, "/db/data/"));
    }

    [Fact]
    public async Task ShouldSubstituteTheDatabaseInThe5xTemplate()
    {
        var handler = new FakeNeo4jHandler()
            .On(HttpMethod.Get, "/", RealResponses.Root5)
            .On(HttpMethod.Post, "/db/research/tx/commit", RealResponses.Components5);
        var settings = ClientFactory.Settings() with { ServerUri = new Uri("http://localhost:7474/"), Database = "research" };
        var client = ClientFactory.Create(handler, settings);

        var server = await client.GetServerInfoAsync(TestContext.Current.CancellationToken);

        Assert.Equal(new Uri("http://localhost:7474/db/research/tx"), server.TransactionEndpoint);
        Assert.Equal(new Version(5, 19, 0), server.Version);
        Assert.Equal("enterprise", server.Edition);
        Assert.True(server.SupportsAccessModeHeader);
        Assert.Empty(handler.To(HttpMethod.Get, "/db/data/"));
    }

    [Fact]
    public async Task ShouldConfirmVersionAndEditionWithDbmsComponents()
    {
        var handler = new FakeNeo4jHandler().WithServer31().On(HttpMethod.Post, "/db/data/transaction/commit", RealResponses.Components31);
        var client = ClientFactory.Create(handler);

        await client.GetServerInfoAsync(TestContext.Current.CancellationToken);

        var call = Assert.Single(handler.To(HttpMethod.Post, "/db/data/transaction/commit"));
        Assert.Contains("CALL dbms.components() YIELD name, versions, edition", call.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldUseOurOwnHostForUrlsTheServerAdvertises()
    {
        // Behind a Docker port mapping the server advertises localhost:7474 while we reach it elsewhere.
        var handler = new FakeNeo4jHandler()
            .On(HttpMethod.Get, "/", RealResponses.Root5)
            .On(HttpMethod.Post, "/db/neo4j/tx/commit", RealResponses.Components5);
        var client = ClientFactory.Create(handler, ClientFactory.Settings() with { ServerUri = new Uri("http://10.0.0.5:17475/") });

        var server = await client.GetServerInfoAsync(TestContext.Current.CancellationToken);

        Assert.Equal(new Uri("http://10.0.0.5:17475/db/neo4j/tx"), server.TransactionEndpoint);
        Assert.All(handler.Requests, r => Assert.Equal("10.0.0.5:17475", r.Uri.Authority));
    }

    [Fact]
    public async Task ShouldCacheTheServerAfterTheFirstDiscovery()
    {
        var handler = new FakeNeo4jHandler().WithServer31().On(HttpMethod.Post, "/db/data/transaction/commit", RealResponses.Components31);
        var client = ClientFactory.Create(handler);

        var first = await client.GetServerInfoAsync(TestContext.Current.CancellationToken);
        var second = await client.GetServerInfoAsync(TestContext.Current.CancellationToken);

        Assert.Same(first, second);
        Assert.Single(handler.To(HttpMethod.Get, "/"));
    }

    [Fact]
    public async Task ShouldDiscoverAgainAfterTheConnectionWasLost()
    {
        var handler = new FakeNeo4jHandler().WithServer31().On(HttpMethod.Post, "/db/data/transaction/commit",
            () => FakeNeo4jHandler.Json(HttpStatusCode.OK, RealResponses.Components31),
            () => throw new HttpRequestException("Connection refused"),
            () => FakeNeo4jHandler.Json(HttpStatusCode.OK, RealResponses.Components31));
        var client = ClientFactory.Create(handler, ClientFactory.Settings(maxRetries: 0));
        await client.GetServerInfoAsync(TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<Neo4jUnavailableException>(() => client.RunAsync([new CypherStatement("RETURN 1")], TestContext.Current.CancellationToken));
        await client.GetServerInfoAsync(TestContext.Current.CancellationToken);

        Assert.Equal(2, handler.To(HttpMethod.Get, "/").Count());
    }

    [Fact]
    public async Task ShouldSayWhenTheServerIsNotNeo4j()
    {
        var handler = new FakeNeo4jHandler().On(HttpMethod.Get, "/", "{}").On(HttpMethod.Get, "/db/data/", "{}");
        var client = ClientFactory.Create(handler);

        var ex = await Assert.ThrowsAsync<Neo4jException>(() => client.GetServerInfoAsync(TestContext.Current.CancellationToken));

        Assert.Contains("no transactional HTTP endpoint", ex.Message, StringComparison.Ordinal);
    }
}
