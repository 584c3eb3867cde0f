using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using TimKnowledgeGraph.Neo4j.Configuration;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Neo4j.LocalServer;
using TimKnowledgeGraph.Tests.Infrastructure;
using TimKnowledgeGraph.Tests.LocalServer;

namespace TimKnowledgeGraph.Tests.Host;

/// <summary>What callers see when Neo4j goes away, comes back, or rejects a statement.</summary>
public sealed class Neo4jFailureTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    [LocalNeo4jFact]
    public async Task ShouldAnswerUnavailableWhileNeo4jIsDownAndRecoverWithoutARestart()
    {
        // A server of its own: this test stops and restarts it under a running host.
        var dataDirectory = Path.Combine(Path.GetTempPath(), "timkg-tests", Guid.NewGuid().ToString("n"));
        var options = new LocalNeo4jOptions { DataDirectory = dataDirectory, HttpPort = 0, BoltPort = 0, HeapSize = "512m", PageCacheSize = "128m" };
        await using var server = new LocalNeo4jServer(options);
        var endpoint = await server.StartAsync(TestContext.Current.CancellationToken);
        using var content = TempContent.SmallLineage();
        await using var host = await RunningHost.StartAsync(endpoint.HttpUri, endpoint.User, endpoint.Password, content.Root);
        Assert.Equal(HttpStatusCode.OK, (await host.Http.GetAsync("/api/concepts/learning-region/lineage")).StatusCode);

        await server.StopAsync(TestContext.Current.CancellationToken);
        var down = await host.Http.GetAsync("/api/concepts/learning-region/lineage");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        var problem = JsonDocument.Parse(await down.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal($"Neo4j unavailable at {endpoint.HttpUri}", problem.GetProperty("detail").GetString());

        options.HttpPort = endpoint.HttpUri.Port;
        options.BoltPort = endpoint.BoltUri.Port;
        await using var again = new LocalNeo4jServer(options);
        await again.StartAsync(TestContext.Current.CancellationToken);
        var back = await host.Http.GetAsync("/api/concepts/learning-region/lineage");

        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        Assert.Contains("territorial-innovation-models", await back.Content.ReadAsStringAsync());
        await again.StopAsync(TestContext.Current.CancellationToken);
        Directory.Delete(dataDirectory, recursive: true);
    }

    [Fact]
    public async Task ShouldSurfaceASyntaxErrorAsATypedErrorWithoutRetrying()
    {
        var log = new RecordingLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(log).SetMinimumLevel(LogLevel.Trace));
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var client = new HttpCypherClient(http,
            new CypherClientSettings(Neo4j.Endpoint.HttpUri, Neo4j.Endpoint.User, Neo4j.Endpoint.Password) { MaxRetries = 3 },
            factory.CreateLogger<HttpCypherClient>());

        var error = await Assert.ThrowsAsync<CypherSyntaxException>(() => client.RunAsync([new CypherStatement("MATCH (n RETURN n")], TestContext.Current.CancellationToken));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Contains("Invalid input", error.Message);
        Assert.False(error.IsRetriable);
        Assert.DoesNotContain(log.Messages, m => m.Contains("retry", StringComparison.OrdinalIgnoreCase) || m.Contains("Retrying", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ShouldAnswerBadRequestWithNeo4jsCodeForAStatementNeo4jRejects()
    {
        using var content = TempContent.SmallLineage();
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root);

        // maxDepth=0 is refused by the API itself; an id of the wrong type reaches Neo4j as a parameter and is harmless.
        var response = await host.Http.GetAsync("/api/concepts/learning-region/lineage?maxDepth=0", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}

/// <summary>Collects formatted log messages.</summary>
public sealed class RecordingLoggerProvider : ILoggerProvider
{
    public List<string> Messages { get; } = [];

    /// <summary>The level of each message, in the same order.</summary>
    public List<LogLevel> Levels { get; } = [];

    public ILogger CreateLogger(string categoryName) => new RecordingLogger(this);

    /// <summary>The messages so far, copied under the lock the loggers add under (a host may log while a test reads).</summary>
    public List<string> Snapshot()
    {
        lock (Messages) return [.. Messages];
    }

    public void Dispose() { }

    private sealed class RecordingLogger(RecordingLoggerProvider owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (owner.Messages)
            {
                owner.Messages.Add(formatter(state, exception));
                owner.Levels.Add(logLevel);
            }
        }
    }
}
