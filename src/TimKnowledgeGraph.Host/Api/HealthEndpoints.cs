using Microsoft.AspNetCore.Http.HttpResults;
using TimKnowledgeGraph.Graph.Cypher;
using TimKnowledgeGraph.Graph.Loading;
using TimKnowledgeGraph.Graph.Loading.Sync;
using TimKnowledgeGraph.Graph.LocalServer;
using TimKnowledgeGraph.Graph.Queries;

namespace TimKnowledgeGraph.Host.Api;

/// <summary>Is Neo4j reachable, and what did the last load do (with its diagnostics when it was rejected)?</summary>
public static class HealthEndpoints
{
    public static RouteGroupBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Status");
        group.MapGet("/health", HealthAsync)
            .WithSummary("Neo4j's address, version and state (up, restarting, down; restarts, last error); 503 when it is unreachable");
        group.MapGet("/load/status", (LoadStatus status) => TypedResults.Ok(LoadStatusResponse.From(status)))
            .WithSummary("The latest load attempt and the latest successful load, with diagnostics");
        return group;
    }

    /// <summary>How long the health check waits for Neo4j: a port held by something that accepts but never answers must not hang it.</summary>
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// 200 with the server's version when a statement runs; otherwise a 503 problem whose extensions carry the state
    /// (a local server that is restarting says so, with its attempt and the last error). A local server known to be
    /// restarting or down is not asked at all.
    /// </summary>
    private static async Task<Results<Ok<HealthResponse>, ProblemHttpResult>> HealthAsync(
        ICypherClient client, NamedQueryRunner runner, QueryCatalog catalog, LocalNeo4jHealth health, CancellationToken cancellationToken)
    {
        var state = ServerStateResponse.From(health.Current);
        if (health.Current.State is LocalNeo4jState.Restarting or LocalNeo4jState.Down)
        {
            return Unavailable(state, "Tkg.Unavailable", $"The local Neo4j at {client.ServerUri} is {state.State}");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);
        try
        {
            var server = await client.GetServerInfoAsync(timeout.Token);
            await runner.RunAsync(catalog.Get("ping"), new Dictionary<string, object?>(), timeout.Token);
            return TypedResults.Ok(new HealthResponse(client.ServerUri.ToString(), server.VersionText, server.Edition, state));
        }
        catch (Neo4jException e) when (e is Neo4jUnavailableException or Neo4jAuthenticationException)
        {
            return Unavailable(state, e.Code, e.Message);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Unavailable(state, "Tkg.Unavailable", $"Neo4j at {client.ServerUri} did not answer within {ProbeTimeout.TotalSeconds:0} s");
        }
    }

    private static ProblemHttpResult Unavailable(ServerStateResponse state, string code, string detail) =>
        TypedResults.Problem(
            detail: detail,
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: state.State == "restarting" ? "Neo4j is restarting" : "Neo4j unavailable",
            extensions: new Dictionary<string, object?> { ["code"] = code, ["server"] = state });
}

/// <summary>Neo4j's address and version, and the state of the local server.</summary>
public sealed record HealthResponse(string Neo4j, string Version, string Edition, ServerStateResponse Server);

/// <summary>The local server's state: up, restarting, down, starting, external (not ours) or shared (another timkg process owns it).</summary>
public sealed record ServerStateResponse(string State, int Restarts, int RestartAttempt, string? LastError, DateTimeOffset Since)
{
    public static ServerStateResponse From(LocalNeo4jStatus status) =>
        new(status.State.ToString().ToLowerInvariant(), status.Restarts, status.Attempt, status.LastError, status.Since);
}

public sealed record LoadStatusResponse(LoadOutcomeResponse? Latest, LoadOutcomeResponse? LastSuccess)
{
    public static LoadStatusResponse From(LoadStatus status) =>
        new(LoadOutcomeResponse.From(status.Latest), LoadOutcomeResponse.From(status.LastSuccess));
}

public sealed record LoadOutcomeResponse(
    bool Succeeded,
    string Mode,
    DateTimeOffset At,
    double ElapsedMs,
    int Files,
    int Nodes,
    int Relationships,
    string? LoadId,
    IReadOnlyList<string> ChangedFiles,
    SyncSummary Summary,
    string? Error,
    IReadOnlyList<string> Diagnostics)
{
    public static LoadOutcomeResponse? From(LoadOutcome? o) => o is null
        ? null
        : new(o.Succeeded, o.Mode.ToString().ToLowerInvariant(), o.At, o.Elapsed.TotalMilliseconds, o.Files, o.Nodes, o.Relationships,
            o.LoadId, o.ChangedFiles, o.Summary, o.Error, o.Diagnostics.Select(d => d.ToString()).ToList());
}
