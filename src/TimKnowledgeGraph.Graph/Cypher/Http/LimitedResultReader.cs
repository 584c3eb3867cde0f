using System.Text.Json;

namespace TimKnowledgeGraph.Graph.Cypher.Http;

/// <summary>
/// Reads the first statement's rows from a streamed transactional answer
/// (<c>{"commit":…,"results":[{"columns":[…],"data":[{"row":[…]},…],"stats":{…}}],"errors":[…]}</c>) and stops as soon
/// as the <see cref="CypherRowLimit"/> is passed: the rest of the answer is left unread for the caller to abort.
/// </summary>
internal static class LimitedResultReader
{
    /// <summary>The rows read and, when the answer was read to its end, the errors Neo4j reported.</summary>
    public static async Task<(CypherRowPage Page, ServerErrorDto? Error)> ReadAsync(Stream body, CypherRowLimit limit, CancellationToken cancellationToken)
    {
        var json = new JsonStreamReader(body, limit.MaxBytes);
        IReadOnlyList<string> columns = [];
        var rows = new List<IReadOnlyList<object?>>();
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
                        var (cut, resultColumns, resultStats) = await ReadResultAsync(json, rows, limit, cancellationToken).ConfigureAwait(false);
                        columns = resultColumns;
                        stats = resultStats;
                        if (cut) return (new CypherRowPage(columns, rows, true, null), null);
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
        return (new CypherRowPage(columns, rows, false, stats), error);
    }

    // One entry of "results", positioned after its '{'. Returns true for "cut" as soon as the limit is passed.
    private static async Task<(bool Cut, IReadOnlyList<string> Columns, CypherStats? Stats)> ReadResultAsync(
        JsonStreamReader json, List<IReadOnlyList<object?>> rows, CypherRowLimit limit, CancellationToken cancellationToken)
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
                        await ReadRowAsync(json, rows, cancellationToken).ConfigureAwait(false);
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

    // One entry of "data", positioned after its '{': keeps "row", skips "meta" and "graph".
    private static async Task ReadRowAsync(JsonStreamReader json, List<IReadOnlyList<object?>> rows, CancellationToken cancellationToken)
    {
        while (await NextPropertyAsync(json, cancellationToken).ConfigureAwait(false) is { } property)
        {
            if (property == "row" && await json.ReadValueAsync(cancellationToken).ConfigureAwait(false) is List<object?> row) rows.Add(row);
            else if (property != "row") await SkipNextValueAsync(json, cancellationToken).ConfigureAwait(false);
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
