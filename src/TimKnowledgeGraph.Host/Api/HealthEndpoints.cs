using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TimKnowledgeGraph.Graph.Loading;
using TimKnowledgeGraph.Graph.Loading.Sync;
using TimKnowledgeGraph.Neo4j.LocalServer;

namespace TimKnowledgeGraph.Host.Api;

/// <summary>
/// Is Neo4j reachable (ASP.NET Core's health checks, with <see cref="Neo4jHealthCheck"/>), and what did the last load do
/// (with its diagnostics when it was rejected)?
/// </summary>
internal static class HealthEndpoints
{
    /// <summary>Registers the Neo4j health check.</summary>
    public static IServiceCollection AddNeo4jHealthCheck(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<Neo4jHealthCheck>(Neo4jHealthCheck.Name);
        return services;
    }

    public static RouteGroupBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        // 200 with the server's address, version and state; a 503 problem when it is unreachable (a local server that
        // is restarting says so, with its attempt and the last error).
        app.MapHealthChecks("/api/health", new HealthCheckOptions
        {
            Predicate = check => check.Name == Neo4jHealthCheck.Name,
            ResponseWriter = WriteAsync,
        }).WithTags("Status")
            // MapHealthChecks answers every method; DELETE /api/health answered 200.
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]))
            .WithSummary("Neo4j's address, version and state (up, restarting, down; restarts, last error); 503 when it is unreachable");
        var group = app.MapGroup("/api").WithTags("Status");
        group.MapGet("/load/status", (LoadStatus status) => TypedResults.Ok(LoadStatusResponse.From(status)))
            .WithSummary("The latest load attempt and the latest successful load, with diagnostics");
        return group;
    }

    private static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        var entry = report.Entries[Neo4jHealthCheck.Name];
        if (entry.Data.TryGetValue(nameof(HealthResponse), out var healthy))
        {
            await context.Response.WriteAsJsonAsync((HealthResponse)healthy);
            return;
        }
        var problem = entry.Data.TryGetValue("Unavailable", out var unavailable)
            ? (Neo4jHealthCheck.UnavailableNeo4j)unavailable
            : new Neo4jHealthCheck.UnavailableNeo4j("Neo4j unavailable", entry.Description ?? "The health check failed", "Tkg.Unavailable",
                ServerStateResponse.From(context.RequestServices.GetRequiredService<LocalNeo4jHealth>().Current));
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await ExceptionProblems.WriteAsync(problems, context, entry.Exception, StatusCodes.Status503ServiceUnavailable, problem.Title, problem.Detail,
            new Dictionary<string, object?> { ["code"] = problem.Code, ["server"] = problem.Server });
    }
}

/// <summary>Neo4j's address and version, and the state of the local server.</summary>
internal sealed record HealthResponse(string Neo4j, string Version, string Edition, ServerStateResponse Server);

/// <summary>The local server's state: up, restarting, down, starting, external (not ours) or shared (another timkg process owns it).</summary>
internal sealed record ServerStateResponse(string State, int Restarts, int RestartAttempt, string? LastError, DateTimeOffset Since)
{
    public static ServerStateResponse From(LocalNeo4jStatus status) =>
        new(status.State.ToString().ToLowerInvariant(), status.Restarts, status.Attempt, status.LastError, status.Since);
}

internal sealed record LoadStatusResponse(LoadOutcomeResponse? Latest, LoadOutcomeResponse? LastSuccess)
{
    public static LoadStatusResponse From(LoadStatus status) =>
        new(LoadOutcomeResponse.From(status.Latest), LoadOutcomeResponse.From(status.LastSuccess));
}

internal sealed record LoadOutcomeResponse(
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
    IReadOnlyList<string> Diagnostics,
    string? PreviousLoadInterrupted)
{
    public static LoadOutcomeResponse? From(LoadOutcome? o) => o is null
        ? null
        : new(o.Succeeded, o.Mode.ToString().ToLowerInvariant(), o.At, o.Elapsed.TotalMilliseconds, o.Files, o.Nodes, o.Relationships,
            o.LoadId, o.ChangedFiles, o.Summary, o.Error, o.Diagnostics.Select(d => d.ToString()).ToList(), o.Interrupted?.Sentence);
}
