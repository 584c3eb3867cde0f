using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging.Abstractions;
using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Tests.Cypher;

public class ConnectionErrorTests
{
    private static FakeNeo4jHandler Rejecting(HttpStatusCode status, string body) => new FakeNeo4jHandler()
        .On(HttpMethod.Get, "/", RealResponses.Root31)
        .On(HttpMethod.Get, "/db/data/", () => FakeNeo4jHandler.Json(status, body));

    [Fact]
    public async Task ShouldNameServerAndUserWhenThePasswordIsWrong()
    {
        var client = ClientFactory.Create(Rejecting(HttpStatusCode.Unauthorized, RealResponses.Unauthorized));

        var ex = await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => client.RunAsync([new CypherStatement("RETURN 1")], TestContext.Current.CancellationToken));

        Assert.Equal("Neo4j at http://127.0.0.1:17474/ rejected user 'neo4j': wrong user or password", ex.Message);
        Assert.Equal("Neo.ClientError.Security.Unauthorized", ex.Code);
    }

    [Fact]
    public async Task ShouldNameTheWrongPasswordAndTheLockoutWhenNeo4jLimitsFailedLogins()
    {
        // Neo4j 3.1.1's answer to a fourth wrong password within 5 s: it said only "Too many failed authentication requests".
        const string rateLimited = """
            {
              "errors" : [ {
                "code" : "Neo.ClientError.Security.AuthenticationRateLimit",
                "message" : "Too many failed authentication requests. Please wait 5 seconds and try again."
              } ]
            }
            """;
        var handler = Rejecting(HttpStatusCode.TooManyRequests, rateLimited);
        var client = ClientFactory.Create(handler, ClientFactory.Settings(maxRetries: 3));

        var ex = await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => client.RunAsync([new CypherStatement("RETURN 1")], TestContext.Current.CancellationToken));

        Assert.Equal("Neo4j at http://127.0.0.1:17474/ rejected user 'neo4j': wrong user or password, tried too often, so Neo4j refuses every login " +
                     "of the user for a few seconds (Too many failed authentication requests. Please wait 5 seconds and try again.)", ex.Message);
        Assert.Equal("Neo.ClientError.Security.AuthenticationRateLimit", ex.Code);
        Assert.Single(handler.To(HttpMethod.Get, "/db/data/")); // not retried: trying again only extends the lockout
    }

    [Fact]
    public async Task ShouldNotRetryAuthenticationFailures()
    {
        var handler = Rejecting(HttpStatusCode.Unauthorized, RealResponses.Unauthorized);
        var client = ClientFactory.Create(handler, ClientFactory.Settings(maxRetries: 3));

        await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => client.RunAsync([new CypherStatement("RETURN 1")], TestContext.Current.CancellationToken));

        Assert.Single(handler.To(HttpMethod.Get, "/db/data/"));
    }

    [Fact]
    public async Task ShouldExplainThatThePasswordMustBeChanged()
    {
        var client = ClientFactory.Create(Rejecting(HttpStatusCode.Forbidden, RealResponses.PasswordChangeRequired));

        var ex = await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => client.GetServerInfoAsync(TestContext.Current.CancellationToken));

        Assert.StartsWith("Neo4j at http://127.0.0.1:17474/ requires user 'neo4j' to change the password", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldSendBasicCredentialsOnEveryRequest()
    {
        var handler = new FakeNeo4jHandler().WithServer31().On(HttpMethod.Post, "/db/data/transaction/commit", RealResponses.Components31, RealResponses.ReturnOne);
        var client = ClientFactory.Create(handler);

        await client.RunAsync([new CypherStatement("RETURN 1")], TestContext.Current.CancellationToken);

        Assert.Equal(4, handler.Requests.Count);
        Assert.All(handler.Requests, r => Assert.Equal("Basic bmVvNGo6c2VjcmV0MTIz", r.Message.Headers.Authorization?.ToString()));
    }

    [Fact]
    public async Task ShouldReportAClosedPortAsUnavailable()
    {
        // Bound and never listening: a connection is refused, and no test running beside this one can take the port
        // meanwhile (a port freed after finding it could be).
        using var closed = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        closed.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        var port = ((IPEndPoint)closed.LocalEndPoint!).Port;
        var settings = ClientFactory.Settings(maxRetries: 1) with { ServerUri = new Uri($"http://127.0.0.1:{port}") };
        var client = new HttpCypherClient(new HttpClient(), settings, NullLogger<HttpCypherClient>.Instance);

        var ex = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => client.RunAsync([new CypherStatement("RETURN 1")], TestContext.Current.CancellationToken));

        Assert.Equal($"Neo4j unavailable at http://127.0.0.1:{port}/", ex.Message);
        Assert.IsType<HttpRequestException>(ex.InnerException);
    }

    [Fact]
    public async Task ShouldGiveUpOnAServerThatAcceptsConnectionsButNeverAnswersAfterTheDiscoveryTimeout()
    {
        // Every command waited the five-minute request timeout (and the host never opened its port) for a server that
        // accepted the connection and sent nothing.
        // Never accepted while the client runs: the kernel completes each connection into the listen backlog by itself,
        // and they are counted there afterwards (a background accept loop could not have run yet on a loaded machine).
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;
        var settings = ClientFactory.Settings(maxRetries: 3) with { ServerUri = new Uri($"http://127.0.0.1:{port}"), DiscoveryTimeout = TimeSpan.FromSeconds(1) };
        var client = new HttpCypherClient(new HttpClient(), settings, NullLogger<HttpCypherClient>.Instance);

        var ex = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => client.RunAsync([new CypherStatement("RETURN 1")], TestContext.Current.CancellationToken));

        Assert.Equal($"Neo4j unavailable at http://127.0.0.1:{port}/: it accepted the connection but sent no answer to GET / within 1 s " +
            "(a hung server, or not Neo4j on that port)", ex.Message);
        Assert.False(ex.IsRetriable);
        var accepted = new List<TcpClient>();
        while (silent.Pending()) accepted.Add(silent.AcceptTcpClient());
        Assert.Single(accepted); // not retried
        foreach (var connection in accepted) connection.Dispose();
    }

    [Fact]
    public async Task ShouldReportAServiceUnavailableProxyAsUnavailable()
    {
        var handler = new FakeNeo4jHandler().On(HttpMethod.Get, "/", () => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { Content = new StringContent("<html>down</html>") });
        var client = ClientFactory.Create(handler);

        var ex = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => client.GetServerInfoAsync(TestContext.Current.CancellationToken));

        Assert.Equal("Neo4j unavailable at http://127.0.0.1:17474/", ex.Message);
    }

    [Fact]
    public void ShouldKeepThePasswordOutOfTheSettingsText()
    {
        var text = ClientFactory.Settings().ToString();

        Assert.DoesNotContain("secret123", text, StringComparison.Ordinal);
        Assert.Contains("User = neo4j", text, StringComparison.Ordinal);
    }
}
