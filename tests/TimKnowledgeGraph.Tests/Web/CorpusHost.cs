using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Web;

/// <summary>
/// The real host serving the real <c>content/</c>, started once per test class (loading the corpus takes seconds).
/// The graph is wiped before the load, so earlier classes in the Neo4j collection leave nothing behind.
/// </summary>
public sealed class CorpusHost : IAsyncLifetime
{
    private RunningHost? _host;

    /// <summary>Starts the host on first use; later tests of the class share it.</summary>
    public async Task<RunningHost> StartAsync(Neo4jFixture neo4j)
    {
        if (_host is not null) return _host;
        await neo4j.WipeAsync();
        _host = await RunningHost.StartAsync(neo4j, RepositoryPaths.Content);
        return _host;
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_host is not null) await _host.DisposeAsync();
    }
}
