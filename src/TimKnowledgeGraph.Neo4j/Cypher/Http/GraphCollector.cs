using System.Text.Json;

namespace TimKnowledgeGraph.Neo4j.Cypher.Http;

/// <summary>
/// Gathers the <c>graph</c> entries of a streamed answer (<c>{"nodes":[{"id","labels","properties"}],
/// "relationships":[{"id","type","startNode","endNode","properties"}]}</c> per row) into one <see cref="CypherGraph"/>:
/// each node and relationship once, at most the limit's nodes and relationships. Past the caps, entries are still read
/// one at a time (each bounded like any value) but not kept, so <c>RETURN collect(n)</c> over a large graph costs a few
/// buffers, not the graph.
/// </summary>
internal sealed class GraphCollector(CypherRowLimit limit)
{
    private readonly Dictionary<string, CypherGraphNode> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CypherGraphRelationship> _relationships = new(StringComparer.Ordinal);
    private bool _truncated;

    /// <summary>What was gathered so far.</summary>
    public CypherGraph ToGraph() => new([.. _nodes.Values], [.. _relationships.Values], _truncated);

    /// <summary>Reads one row's <c>graph</c> object, positioned before its <c>{</c>.</summary>
    public async Task ReadAsync(JsonStreamReader json, CancellationToken cancellationToken)
    {
        if (!await json.ReadAsync(cancellationToken).ConfigureAwait(false)) throw new JsonException("The answer ended before a graph.");
        if (json.TokenType == JsonTokenType.Null) return;
        if (json.TokenType != JsonTokenType.StartObject) throw new JsonException($"Expected a graph object, found {json.TokenType}.");
        // A row's relationships are kept once its nodes are known, whatever order the two lists come in.
        var pending = new List<Dictionary<string, object?>>();
        while (await NextPropertyAsync(json, cancellationToken).ConfigureAwait(false) is { } property)
        {
            if (property is "nodes" or "relationships")
                await ReadListAsync(json, property == "nodes" ? AddNode : pending.Add, cancellationToken).ConfigureAwait(false);
            else
            {
                if (!await json.ReadAsync(cancellationToken).ConfigureAwait(false)) throw new JsonException("The answer ended before a value.");
                await json.SkipValueAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        foreach (var relationship in pending) AddRelationship(relationship);
    }

    private static async Task ReadListAsync(JsonStreamReader json, Action<Dictionary<string, object?>> add, CancellationToken cancellationToken)
    {
        if (!await json.ReadAsync(cancellationToken).ConfigureAwait(false)) throw new JsonException("The answer ended before a list.");
        if (json.TokenType == JsonTokenType.Null) return;
        if (json.TokenType != JsonTokenType.StartArray) throw new JsonException($"Expected a list of graph entries, found {json.TokenType}.");
        while (await json.ReadAsync(cancellationToken).ConfigureAwait(false) && json.TokenType == JsonTokenType.StartObject)
        {
            // Each field is read whole (bounded by the reader's value limit); the entry is then kept or dropped.
            var entry = new Dictionary<string, object?>(StringComparer.Ordinal);
            while (await NextPropertyAsync(json, cancellationToken).ConfigureAwait(false) is { } field)
                entry[field] = await json.ReadValueAsync(cancellationToken).ConfigureAwait(false);
            add(entry);
        }
        if (json.TokenType != JsonTokenType.EndArray) throw new JsonException($"Expected graph entries to be objects, found {json.TokenType}.");
    }

    private void AddNode(Dictionary<string, object?> entry)
    {
        if (Id(entry, "id", "elementId") is not { } id || _nodes.ContainsKey(id)) return;
        if (_nodes.Count >= limit.MaxGraphNodes)
        {
            _truncated = true;
            return;
        }
        var labels = entry.GetValueOrDefault("labels") is List<object?> list ? list.OfType<string>().ToList() : [];
        _nodes.Add(id, new CypherGraphNode(id, labels, Properties(entry)));
    }

    private void AddRelationship(Dictionary<string, object?> entry)
    {
        if (Id(entry, "id", "elementId") is not { } id || _relationships.ContainsKey(id)) return;
        var start = Id(entry, "startNode", "startNodeElementId");
        var end = Id(entry, "endNode", "endNodeElementId");
        // A relationship to a node left out by the cap would dangle in a drawing.
        if (_relationships.Count >= limit.MaxGraphRelationships || start is null || end is null
            || !_nodes.ContainsKey(start) || !_nodes.ContainsKey(end))
        {
            _truncated = true;
            return;
        }
        var type = entry.GetValueOrDefault("type") as string ?? "";
        _relationships.Add(id, new CypherGraphRelationship(id, type, start, end, Properties(entry)));
    }

    // 3.1 to 5.x write the numeric id as a string ("17"); 5.x adds "elementId", which a later server may write alone.
    private static string? Id(Dictionary<string, object?> entry, string legacy, string element) =>
        (entry.GetValueOrDefault(legacy) ?? entry.GetValueOrDefault(element)) switch
        {
            string s when s.Length > 0 => s,
            long l => l.ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => null,
        };

    private static IReadOnlyDictionary<string, object?> Properties(Dictionary<string, object?> entry) =>
        entry.GetValueOrDefault("properties") as Dictionary<string, object?> ?? new Dictionary<string, object?>();

    private static async Task<string?> NextPropertyAsync(JsonStreamReader json, CancellationToken cancellationToken)
    {
        if (!await json.ReadAsync(cancellationToken).ConfigureAwait(false)) throw new JsonException("The answer ended inside a graph.");
        return json.TokenType switch
        {
            JsonTokenType.PropertyName => json.Text,
            JsonTokenType.EndObject => null,
            _ => throw new JsonException($"Expected a property name, found {json.TokenType}."),
        };
    }
}
