using TimKnowledgeGraph.Graph.LocalServer;

namespace TimKnowledgeGraph.Tests.LocalServer;

/// <summary>One local Neo4j shared by the tests of <see cref="LocalNeo4jCollection"/>: starting one takes seconds.</summary>
public sealed class LocalNeo4jFixture : IAsyncLifetime
{
    private LocalNeo4jServer? _server;
    private Exception? _startError;
    private LocalNeo4jEndpoint? _endpoint;

    internal LocalNeo4jServer Server => _server!;

    /// <summary>The running server's endpoint; rethrows (or skips, outside CI) when it could not start.</summary>
    internal LocalNeo4jEndpoint Endpoint => _endpoint ?? throw _startError!;

    public async Task InitializeAsync()
    {
        _server = new LocalNeo4jServer(LocalNeo4jTestSupport.NewOptions());
        try
        {
            _endpoint = await LocalNeo4jTestSupport.StartOrSkipAsync(_server);
        }
        catch (Exception e)
        {
            // Reported by each test that needs the server, so a fixture failure reads as a test failure (or skip).
            _startError = e;
        }
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
            LocalNeo4jTestSupport.DeleteQuietly(_server.DataDirectory);
        }
    }
}
