using Microsoft.AspNetCore.Http.HttpResults;
using TimKnowledgeGraph.Graph.Cypher;
using TimKnowledgeGraph.Graph.Loading;
using TimKnowledgeGraph.Graph.Loading.Sync;

namespace TimKnowledgeGraph.Host.Api;

/// <summary>Is Neo4j reachable, and what did the last load do (with its diagnostics when it was rejected)?</summary>
public static class HealthEndpoints
{
    public static RouteGroupBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Status");
        group.MapGet("/health", HealthAsync).WithSummary("Neo4j's address and version; 503 when it is unreachable");
        group.MapGet("/load/status", (LoadStatus status) => TypedResults.Ok(LoadStatusResponse.From(status)))
            .WithSummary("The latest load attempt and the latest successful load, with diagnostics");
        return group;
    }

    private static async Task<Ok<HealthResponse>> HealthAsync(ICypherClient client, CancellationToken cancellationToken)
    {
        var server = await client.GetServerInfoAsync(cancellationToken);
        await client.RunAsync([new CypherStatement("RETURN 1") { IncludeStats = false }], cancellationToken);
        return TypedResults.Ok(new HealthResponse(client.ServerUri.ToString(), server.VersionText, server.Edition));
    }
}

public sealed record HealthResponse(string Neo4j, string Version, string Edition);

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
