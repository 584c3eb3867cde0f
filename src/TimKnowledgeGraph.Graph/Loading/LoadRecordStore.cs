using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Graph.Loading.Sync;

namespace TimKnowledgeGraph.Graph.Loading;

/// <summary>Reads and writes <see cref="GraphSchema.Load"/> nodes.</summary>
public static class LoadRecordStore
{
    /// <summary>How many Load nodes to keep: enough history to date recent answers, bounded under watch mode.</summary>
    public const int Keep = 100;

    /// <summary>
    /// Binds <c>l</c> to the latest Load node, or to null when the graph has none (ISO-8601 text orders like time): the
    /// start of every statement that reads or keys on the latest load.
    /// </summary>
    public static readonly string MatchLatest = $"OPTIONAL MATCH (l:{GraphSchema.Load}) WITH l ORDER BY l.at DESC LIMIT 1 ";

    /// <summary>The statement reading the latest load.</summary>
    public static CypherStatement Latest { get; } = new(
        MatchLatest + "RETURN l.id, l.at, l.toolVersion, l.files, l.hashes, l.nodes, l.relationships") { IncludeStats = false };

    /// <summary>The latest load recorded in the graph, or null when there is none.</summary>
    public static async Task<LoadRecord?> ReadLatestAsync(ICypherClient client, CancellationToken cancellationToken)
    {
        var results = await client.RunAsync([Latest], cancellationToken).ConfigureAwait(false);
        return Parse(results[0]);
    }

    /// <summary>Reads the result of <see cref="Latest"/>.</summary>
    public static LoadRecord? Parse(CypherResult result)
    {
        if (result.Rows is not [var row, ..] || row[0] is not string id) return null;
        var at = row[1] is string text && DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed : DateTimeOffset.MinValue;
        return new LoadRecord(id, at, row[2] as string ?? "", Strings(row[3]), Strings(row[4]), row[5] as long? ?? 0, row[6] as long? ?? 0);
    }

    /// <summary>Creates the Load node, with the counts of <paramref name="summary"/>, and prunes old ones.</summary>
    public static IReadOnlyList<CypherStatement> Write(LoadRecord record, LoadMode mode, SyncSummary summary)
    {
        var n = summary.NodeTotals;
        var r = summary.RelationshipTotals;
        var properties = new Dictionary<string, object?>
        {
            ["id"] = record.Id,
            ["at"] = record.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture),
            ["toolVersion"] = record.ToolVersion,
            ["mode"] = mode.ToString().ToLowerInvariant(),
            ["files"] = record.Files,
            ["hashes"] = record.Hashes,
            ["nodes"] = record.Nodes,
            ["relationships"] = record.Relationships,
            ["nodesCreated"] = n.Created,
            ["nodesUpdated"] = n.Updated,
            ["nodesDeleted"] = n.Deleted,
            ["relationshipsCreated"] = r.Created,
            ["relationshipsUpdated"] = r.Updated,
            ["relationshipsDeleted"] = r.Deleted,
        };
        return
        [
            CypherStatement.Of($"CREATE (l:{GraphSchema.Load}) SET l = $props", ("props", properties)),
            CypherStatement.Of($"MATCH (l:{GraphSchema.Load}) WITH l ORDER BY l.at DESC SKIP $keep DELETE l", ("keep", Keep)),
        ];
    }

    private static IReadOnlyList<string> Strings(object? value) =>
        value is IEnumerable<object?> list ? [.. list.OfType<string>()] : [];
}
