using Microsoft.Extensions.Diagnostics.HealthChecks;
using TimKnowledgeGraph.Graph.Health;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Neo4j.LocalServer;

namespace TimKnowledgeGraph.Host.Api;

/// <summary>
/// Is Neo4j answering: healthy with the server's version when the <c>ping</c> query runs; unhealthy with the code and
/// a sentence otherwise. A local server known to be restarting or down is not asked at all. The outcome carries what
/// <c>/api/health</c> answers (<see cref="HealthEndpoints"/>).
/// </summary>
internal sealed class Neo4jHealthCheck(GraphPing ping, LocalNeo4jHealth health) : IHealthCheck
{
    /// <summary>The check's name in the health report.</summary>
    public const string Name = "neo4j";

    /// <summary>How long the check waits for Neo4j: a port held by something that accepts but never answers must not hang it.</summary>
    public static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(10);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var state = ServerStateResponse.From(health.Current);
        if (health.Current.State is LocalNeo4jState.Restarting or LocalNeo4jState.Down)
            return Unavailable(state, "Tkg.Unavailable", $"The local Neo4j at {ping.ServerUri} is {state.State}");

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);
        try
        {
            var server = await ping.PingAsync(timeout.Token);
            return HealthCheckResult.Healthy(data: new Dictionary<string, object>
            {
                [nameof(HealthResponse)] = new HealthResponse(ping.ServerUri.ToString(), server.VersionText, server.Edition, state),
            });
        }
        catch (Neo4jException e) when (e is Neo4jUnavailableException or Neo4jAuthenticationException)
        {
            return Unavailable(state, e.Code, e.Message);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Unavailable(state, "Tkg.Unavailable", $"Neo4j at {ping.ServerUri} did not answer within {ProbeTimeout.TotalSeconds:0} s");
        }
    }

    private static HealthCheckResult Unavailable(ServerStateResponse state, string code, string detail) =>
        HealthCheckResult.Unhealthy(detail, data: new Dictionary<string, object>
        {
            [nameof(Unavailable)] = new UnavailableNeo4j(state.State == "restarting" ? "Neo4j is restarting" : "Neo4j unavailable", detail, code, state),
        });

    /// <summary>Why Neo4j is not answering, as <c>/api/health</c>'s 503 problem says it.</summary>
    public sealed record UnavailableNeo4j(string Title, string Detail, string Code, ServerStateResponse Server);
}
