namespace TimKnowledgeGraph.Neo4j.LocalServer;

/// <summary>
/// Hands the local server's endpoint to whoever needs it (the Cypher client, health checks) once
/// <see cref="LocalNeo4jHostedService"/> has started it. Register as a singleton.
/// </summary>
internal sealed class Neo4jEndpointProvider
{
    private readonly TaskCompletionSource<LocalNeo4jEndpoint> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// Completes when the local server answers; faults with the start failure, or with
    /// <see cref="InvalidOperationException"/> when Neo4j:Uri points to an external server and none is run.
    /// </summary>
    public Task<LocalNeo4jEndpoint> WhenReady => _ready.Task;

    /// <summary>The endpoint once the server is ready; null before that or when none is run.</summary>
    public LocalNeo4jEndpoint? Current => _ready.Task.IsCompletedSuccessfully ? _ready.Task.Result : null;

    internal void Publish(LocalNeo4jEndpoint endpoint) => _ready.TrySetResult(endpoint);

    internal void Fail(Exception error) => _ready.TrySetException(error);
}
