using TimKnowledgeGraph.Graph.LocalServer;

namespace TimKnowledgeGraph.Tests.LocalServer;

/// <summary>One local Neo4j shared by the tests of <see cref="LocalNeo4jCollection"/>: starting one takes seconds.</summary>
public sealed class LocalNeo4jFixture : IAsyncLifetime
{
    private LocalNeo4jServer? _server;
    private Exception? _startError;
    private LocalNeo4jEndpoint? _endpoint;

    internal LocalNeo4jServer Server => _server!;

    /// <summary>The running server's endpoint; rethrows the start failure, so each test reports it.</summary>
    internal LocalNeo4jEndpoint Endpoint => _endpoint ?? throw _startError!;

    public async Task InitializeAsync()
    {
        _server = new LocalNeo4jServer(LocalNeo4jTestSupport.NewOptions());
        try
        {
            _endpoint = await _server.StartAsync(CancellationToken.None);
        }
        catch (Exception e)
        {
            // Reported by each test that needs the server: a fixture failure then reads as a test failure.
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
