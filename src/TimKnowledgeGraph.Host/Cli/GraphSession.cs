using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TimKnowledgeGraph.Graph;
using TimKnowledgeGraph.Host.Hosting;

namespace TimKnowledgeGraph.Host.Cli;

/// <summary>
/// A short-lived generic host for CLI commands that talk to the graph: it starts what <c>AddGraph</c> registers
/// (the local Neo4j when no server is configured, then the schema) and stops it all when disposed.
/// </summary>
internal sealed class GraphSession : IAsyncDisposable
{
    private readonly IHost _host;

    private GraphSession(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    public static async Task<GraphSession> StartAsync(string[] configurationArguments, CancellationToken cancellationToken)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(configurationArguments);
        builder.UseTimKgLogging(toStandardError: true);
        builder.AddGraph();
        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        return new GraphSession(host);
    }

    public T Get<T>() where T : notnull => _host.Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        // Stopping must complete even when the command was cancelled: it is what stops the local Neo4j.
        await _host.StopAsync(CancellationToken.None);
        _host.Dispose();
    }
}
