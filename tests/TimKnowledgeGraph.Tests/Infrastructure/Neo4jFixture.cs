using Microsoft.Extensions.Logging.Abstractions;
using TimKnowledgeGraph.Neo4j.Configuration;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Neo4j.LocalServer;
using TimKnowledgeGraph.Neo4j.Schema;

namespace TimKnowledgeGraph.Tests.Infrastructure;

/// <summary>
/// One real Neo4j shared by every integration test: the product's own local Neo4j 3.1.1, started by the tests
/// themselves on free loopback ports with a throwaway data directory. If it cannot start, every test using it
/// fails (it never skips), so a green run always means the database was exercised.
/// </summary>
public sealed class Neo4jFixture : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "timkg-tests", Guid.NewGuid().ToString("n"));
    private LocalNeo4jServer? _server;
    private HttpClient? _http;

    public ICypherClient Client { get; private set; } = null!;

    internal LocalNeo4jEndpoint Endpoint { get; private set; } = null!;

    /// <summary>The server itself, for tests of the local server's own behaviour.</summary>
    internal LocalNeo4jServer Server => _server!;

    /// <summary>Options that point a host at this server (for host and HTTP API tests).</summary>
    public IEnumerable<KeyValuePair<string, string?>> HostConfiguration =>
    [
        new("Neo4j:Uri", Endpoint.HttpUri.ToString()),
        new("Neo4j:User", Endpoint.User),
        new("Neo4j:Password", Endpoint.Password),
    ];

    // CancellationToken.None, not the test's token: this server outlives any one test (it is the collection's).
    public async ValueTask InitializeAsync()
    {
        _server = new LocalNeo4jServer(new LocalNeo4jOptions
        {
            DataDirectory = _dataDirectory,
            HttpPort = 0,
            BoltPort = 0,
            HeapSize = "1g",
            PageCacheSize = "256m",
        }, NullLogger<LocalNeo4jServer>.Instance);
        Endpoint = await _server.StartAsync(CancellationToken.None);
        Client = CreateClient(Endpoint.Password);
        await new SchemaInitializer(NullLogger<SchemaInitializer>.Instance).EnsureAsync(Client, CancellationToken.None);
    }

    /// <summary>A client to this server with the given password (tests of wrong credentials use another one).</summary>
    public ICypherClient CreateClient(string password, int maxRetries = 4)
    {
        _http ??= new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var settings = new CypherClientSettings(Endpoint.HttpUri, Endpoint.User, password)
        {
            MaxRetries = maxRetries,
            RetryDelay = TimeSpan.FromMilliseconds(50),
        };
        return new HttpCypherClient(_http, settings, NullLogger<HttpCypherClient>.Instance);
    }

    /// <summary>Deletes every node and relationship; the schema stays.</summary>
    public Task WipeAsync() => Client.RunAsync([new CypherStatement("MATCH (n) DETACH DELETE n")]);

    public async Task<long> CountAsync(string cypher)
    {
        var results = await Client.RunAsync([new CypherStatement(cypher)]);
        return (long)results[0].Rows[0][0]!;
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
        _http?.Dispose();
        KeepServerLog();
        try { Directory.Delete(_dataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    // The shared server's own log outlives its throwaway directory: when a test fails on what the server did (a restart,
    // a terminated transaction), scripts/test prints its warnings and errors beside the failures.
    private void KeepServerLog()
    {
        var log = Path.Combine(_dataDirectory, "logs", "debug.log");
        var results = Path.Combine(RepositoryPaths.Root, "artifacts", "test-results");
        try
        {
            if (!File.Exists(log)) return;
            Directory.CreateDirectory(results);
            File.Copy(log, Path.Combine(results, "neo4j-debug.log"), overwrite: true);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}

[CollectionDefinition(Name)]
public sealed class Neo4jCollection : ICollectionFixture<Neo4jFixture>
{
    public const string Name = "neo4j";
}

/// <summary>Base for integration tests: runs in the shared Neo4j collection and starts each test on an empty graph.</summary>
[Collection(Neo4jCollection.Name)]
public abstract class Neo4jTest(Neo4jFixture neo4j) : IAsyncLifetime
{
    protected Neo4jFixture Neo4j { get; } = neo4j;

    protected ICypherClient Client => Neo4j.Client;

    public virtual async ValueTask InitializeAsync() => await Neo4j.WipeAsync();

    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
