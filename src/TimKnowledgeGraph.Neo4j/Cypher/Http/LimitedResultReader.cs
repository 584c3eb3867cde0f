using System.Text.Json;

namespace TimKnowledgeGraph.Neo4j.Cypher.Http;

/// <summary>
/// Reads the first statement's rows from a streamed transactional answer
/// (<c>{"commit":…,"results":[{"columns":[…],"data":[{"row":[…]},…],"stats":{…}}],"errors":[…]}</c>) and stops as soon
/// as the <see cref="CypherRowLimit"/> is passed: the rest of the answer is left unread for the caller to abort.
/// </summary>
internal static class LimitedResultReader
{
    /// <summary>The rows read and, when the answer was read to its end, the errors Neo4j reported.</summary>
    public static Task<(CypherRowPage Page, ServerErrorDto? Error)> ReadAsync(Stream body, CypherRowLimit limit, CancellationToken cancellationToken) =>
        ReadAsync(body, limit, includeGraph: false, cancellationToken);

    /// <summary>The rows read and, when the answer was read to its end, the errors Neo4j reported.</summary>
    /// <param name="includeGraph">Gather the rows' <c>graph</c> entries (asked for with <see cref="CypherStatement.IncludeGraph"/>).</param>
    public static async Task<(CypherRowPage Page, ServerErrorDto? Error)> ReadAsync(
        Stream body, CypherRowLimit limit, bool includeGraph, CancellationToken cancellationToken)
    {
        var json = new JsonStreamReader(body, limit.MaxBytes);
        IReadOnlyList<string> columns = [];
        var rows = new List<IReadOnlyList<object?>>();
        var graph = includeGraph ? new GraphCollector(limit) : null;
        CypherStats? stats = null;
        ServerErrorDto? error = null;

        await ExpectAsync(json, JsonTokenType.StartObject, cancellationToken).ConfigureAwait(false);
        while (await NextPropertyAsync(json, cancellationToken).ConfigureAwait(false) is { } property)
        {
            switch (property)
            {
                case "results":
                    await ExpectAsync(json, JsonTokenType.StartArray, cancellationToken).ConfigureAwait(false);
                    var first = true;
                    while (await json.ReadAsync(cancellationToken).ConfigureAwait(false) && json.TokenType == JsonTokenType.StartObject)
                    {
                        if (!first)
                        {
                            await json.SkipValueAsync(cancellationToken).ConfigureAwait(false);
                            continue;
                        }
                        first = false;
                        var (cut, resultColumns, resultStats) = await ReadResultAsync(json, rows, graph, limit, cancellationToken).ConfigureAwait(false);
                        columns = resultColumns;
                        stats = resultStats;
                        if (cut) return (new CypherRowPage(columns, rows, true, null, graph?.ToGraph()), null);
                    }
                    break;
                case "errors":
                    var errors = await json.DeserializeAsync<List<ServerErrorDto>>(cancellationToken).ConfigureAwait(false);
                    error = errors?.FirstOrDefault();
                    break;
                default:
                    await SkipNextValueAsync(json, cancellationToken).ConfigureAwait(false);
                    break;
            }
        }
        return (new CypherRowPage(columns, rows, false, stats, graph?.ToGraph()), error);
    }

    // One entry of "results", positioned after its '{'. Returns true for "cut" as soon as the limit is passed.
    private static async Task<(bool Cut, IReadOnlyList<string> Columns, CypherStats? Stats)> ReadResultAsync(
        JsonStreamReader json, List<IReadOnlyList<object?>> rows, GraphCollector? graph, CypherRowLimit limit, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> columns = [];
        CypherStats? stats = null;
        while (await NextPropertyAsync(json, cancellationToken).ConfigureAwait(false) is { } property)
        {
            switch (property)
            {
                case "columns":
                    columns = (await json.DeserializeAsync<List<string>>(cancellationToken).ConfigureAwait(false)) ?? [];
                    break;
                case "data":
                    await ExpectAsync(json, JsonTokenType.StartArray, cancellationToken).ConfigureAwait(false);
                    var dataStart = json.Position;
                    while (await json.ReadAsync(cancellationToken).ConfigureAwait(false) && json.TokenType == JsonTokenType.StartObject)
                    {
                        // Another row exists: that is all the cut needs to know, so it is not read.
                        if (rows.Count >= limit.MaxRows || json.Position - dataStart > limit.MaxBytes) return (true, columns, null);
                        await ReadRowAsync(json, rows, graph, cancellationToken).ConfigureAwait(false);
                    }
                    break;
                case "stats":
                    stats = (await json.DeserializeAsync<StatsDto>(cancellationToken).ConfigureAwait(false))?.ToStats();
                    break;
                default:
                    await SkipNextValueAsync(json, cancellationToken).ConfigureAwait(false);
                    break;
            }
        }
        return (false, columns, stats);
    }

    // One entry of "data", positioned after its '{': keeps "row", and "graph" when gathered; skips "meta".
    private static async Task ReadRowAsync(JsonStreamReader json, List<IReadOnlyList<object?>> rows, GraphCollector? graph, CancellationToken cancellationToken)
    {
        while (await NextPropertyAsync(json, cancellationToken).ConfigureAwait(false) is { } property)
        {
            if (property == "row")
            {
                if (await json.ReadValueAsync(cancellationToken).ConfigureAwait(false) is List<object?> row) rows.Add(row);
            }
            else if (property == "graph" && graph is not null) await graph.ReadAsync(json, cancellationToken).ConfigureAwait(false);
            else await SkipNextValueAsync(json, cancellationToken).ConfigureAwait(false);
        }
    }

    // The next property name of the current object, or null at its end.
    private static async Task<string?> NextPropertyAsync(JsonStreamReader json, CancellationToken cancellationToken)
    {
        if (!await json.ReadAsync(cancellationToken).ConfigureAwait(false)) throw new JsonException("The answer ended inside an object.");
        return json.TokenType switch
        {
            JsonTokenType.PropertyName => json.Text,
            JsonTokenType.EndObject => null,
            _ => throw new JsonException($"Expected a property name, found {json.TokenType}."),
        };
    }

    private static async Task SkipNextValueAsync(JsonStreamReader json, CancellationToken cancellationToken)
    {
        if (!await json.ReadAsync(cancellationToken).ConfigureAwait(false)) throw new JsonException("The answer ended before a value.");
        await json.SkipValueAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task ExpectAsync(JsonStreamReader json, JsonTokenType expected, CancellationToken cancellationToken)
    {
        if (!await json.ReadAsync(cancellationToken).ConfigureAwait(false) || json.TokenType != expected)
            throw new JsonException($"Expected {expected} in Neo4j's answer, found {json.TokenType}.");
    }
}
