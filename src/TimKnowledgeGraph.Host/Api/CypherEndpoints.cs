using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Graph.ReadOnly;

using TimKnowledgeGraph.Host.Output;

namespace TimKnowledgeGraph.Host.Api;

/// <summary>Raw, read-only Cypher for querying actor networks directly (writes are refused, nothing is ever committed).</summary>
internal static class CypherEndpoints
{
    /// <summary>
    /// The largest request body (bytes, 413 beyond): the longest query text read (100,000 characters) with room for
    /// parameters such as a list of ids.
    /// </summary>
    public const long MaxBodyBytes = 4L << 20;

    /// <summary>
    /// Parameters read at most: far more than a query names. A 4 MB body holds about 230,000 parameters, and each bad one
    /// costs a parser exception (seconds of CPU for one request); more than this is one error, none of them read.
    /// </summary>
    public const int MaxParameters = 1_000;

    /// <summary>Maps <c>POST /api/cypher</c>.</summary>
    public static RouteGroupBuilder MapCypherEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/cypher").WithTags("Cypher");
        group.MapPost("/", RunAsync)
            .WithSummary("Run a read-only Cypher query: {query, parameters?, limit?, timeoutSeconds?}; writes are refused with 400")
            // The body is read whole before a query's place is taken: twenty bodies of 25 MB at once held 3.3 GB.
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxBodyBytes));
        return group;
    }

    private static async Task<Results<Ok<CypherResponse>, ProblemHttpResult>> RunAsync(
        CypherRequest request, ReadOnlyCypherRunner runner, CancellationToken cancellationToken)
    {
        var errors = Validate(request);
        var parameters = Parameters(request, errors);
        if (errors.Count > 0) return Problems.BadParameters(errors);
        var options = new ReadOnlyQueryOptions(request.Limit ?? 1000, request.TimeoutSeconds is { } s ? TimeSpan.FromSeconds(s) : null);
        try
        {
            var result = await runner.RunAsync(request.Query!, parameters, options, cancellationToken);
            return TypedResults.Ok(new CypherResponse(result.Columns, result.Records().ToList(), result.Truncated, result.MaxRows,
                (long)result.Elapsed.TotalMilliseconds));
        }
        catch (Exception e) when (RefusalText.From(e) is { } refusal)
        {
            return TypedResults.Problem(title: refusal.Title, detail: refusal.Sentence, statusCode: refusal.Status,
                extensions: refusal.Details.ToDictionary());
        }
    }

    // The same sentences as every other bad parameter of the API (Problems), one per field.
    private static List<string> Validate(CypherRequest request)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(request.Query)) errors.Add("Parameter query is required.");
        if (request.Limit is { } limit && !ReadOnlyQueryOptions.IsAllowedMaxRows(limit))
            errors.Add($"Parameter limit must be between 0 and {ReadOnlyQueryOptions.MaxRowsCeiling}, got {limit}.");
        // NaN fails it too. At least a millisecond: 1e-9 s was a limit of zero, reported as "0 s".
        if (request.TimeoutSeconds is { } timeout && !ReadOnlyQueryOptions.IsAllowedTimeout(timeout))
            errors.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"Parameter timeoutSeconds must be between {ReadOnlyQueryOptions.MinTimeoutSeconds} and {ReadOnlyQueryOptions.MaxTimeoutSeconds}, got {timeout}."));
        return errors;
    }

    // Of up to MaxParameters bad parameters the first few are named (their names cut), the rest counted.
    private static Dictionary<string, object?>? Parameters(CypherRequest request, List<string> errors)
    {
        if (request.Parameters is not { } given) return null;
        if (given.Count > MaxParameters)
        {
            errors.Add($"Parameter parameters has {given.Count:N0} entries; at most {MaxParameters:N0} are read.");
            return null;
        }
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        var bad = new CappedErrors(more => $"{more:N0} more parameter(s) could not be read.");
        foreach (var (name, json) in given)
        {
            try
            {
                values[name] = CypherValues.FromJson(json);
            }
            catch (FormatException e)
            {
                bad.Add($"Parameter parameters.{CutText.Echo(name)}: {e.Message}.");
            }
        }
        errors.AddRange(bad.ToList());
        return values;
    }

}

/// <summary>A raw query: its text, parameters by name, the most rows to return (default 1000) and a time limit (default 30 s).</summary>
internal sealed record CypherRequest(string? Query, Dictionary<string, JsonElement>? Parameters, int? Limit, double? TimeoutSeconds);

/// <summary>The rows of a raw query; <see cref="Truncated"/> when there were more than <see cref="Limit"/>.</summary>
internal sealed record CypherResponse(
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyDictionary<string, object?>> Records,
    bool Truncated,
    int Limit,
    long ElapsedMs);
