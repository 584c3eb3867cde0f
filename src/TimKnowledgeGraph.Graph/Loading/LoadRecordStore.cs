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
        MatchLatest + "RETURN l.id, l.at, l.toolVersion, l.files, l.hashes, l.nodes, l.relationships, l.attemptAt, l.attemptBy") { IncludeStats = false };

    /// <summary>The latest load recorded in the graph, or null when there is none.</summary>
    public static async Task<LoadRecord?> ReadLatestAsync(ICypherClient client, CancellationToken cancellationToken)
    {
        var results = await client.RunAsync([Latest], cancellationToken).ConfigureAwait(false);
        return Parse(results[0]);
    }

    // Locks the latest Load node: a property set and removed, so the write lock stays until the transaction ends.
    private static readonly CypherStatement LockLatest = new(
        MatchLatest + "FOREACH (_ IN CASE WHEN l IS NULL THEN [] ELSE [1] END | SET l.writeLock = true REMOVE l.writeLock) RETURN l.id")
        { IncludeStats = false };

    // With no Load yet there is no node to lock. A MERGE on the unique id of a Load that never stays takes the write
    // lock of that id's entry in the unique index and holds it to the end of the transaction (the node is deleted in
    // the same statement, so it is never seen): two first loads queue there as later loads queue on the latest Load.
    private static readonly CypherStatement LockFirstLoad = new(
        $"MERGE (f:{GraphSchema.Load} {{id: 'first-load-lock'}}) DELETE f") { IncludeStats = false };

    /// <summary>
    /// Serialises content writes across processes (a host's file watcher and <c>timkg load</c> on the same graph): takes
    /// the write lock of the latest Load node in <paramref name="transaction"/>, held until it ends, and returns the
    /// latest load once the lock held is on it. Without it, two loads each compared content with the graph as it was
    /// before either wrote, and the one that committed last left the other's changes mixed into its own, under a Load
    /// node whose hashes could match the files (so no later load repaired it). Null when the graph has no Load yet (then
    /// the lock held is that of the first load, which every other first load waits for).
    /// </summary>
    /// <remarks>
    /// The latest is read again in a statement of its own, sent once the lock is held: read in the locking statement,
    /// Neo4j 3.1 could match it before the lock was granted and return the node it had waited on, not the one committed
    /// meanwhile (seen in ConcurrentLoadTests).
    /// </remarks>
    public static async Task<LoadRecord?> LockLatestAsync(ICypherTransaction transaction, CancellationToken cancellationToken)
    {
        // Each round means another load committed while this one waited for the lock: there is no waiting in a loop.
        for (var round = 0; round < Keep; round++)
        {
            var locked = (await transaction.RunAsync([LockLatest], cancellationToken).ConfigureAwait(false))[0].Rows.FirstOrDefault()?[0];
            if (locked is null) await transaction.RunAsync([LockFirstLoad], cancellationToken).ConfigureAwait(false);
            var latest = Parse((await transaction.RunAsync([Latest], cancellationToken).ConfigureAwait(false))[0]);
            if (latest is null || Equals(locked, latest.Id)) return latest;
        }
        throw new InvalidOperationException($"the latest Load node changed {Keep} times while this load waited for it; load again");
    }

    /// <summary>Reads the result of <see cref="Latest"/>.</summary>
    public static LoadRecord? Parse(CypherResult result)
    {
        if (result.Rows is not [var row, ..] || row[0] is not string id) return null;
        var attempt = row.Count > 8 && row[7] is string attemptAt ? new LoadAttempt(Time(attemptAt), row[8] as string ?? "an unknown process") : null;
        return new LoadRecord(id, Time(row[1]), row[2] as string ?? "", Strings(row[3]), Strings(row[4]), row[5] as long? ?? 0, row[6] as long? ?? 0, attempt);
    }

    /// <summary>
    /// The mark of a load that began writing after <paramref name="latest"/> and never committed, or null: on the latest
    /// Load node, or, when the graph has none (a first load), on the node of its own (<see cref="FirstAttemptLabel"/>).
    /// </summary>
    public static async Task<LoadAttempt?> ReadAttemptAsync(ICypherClient client, LoadRecord? latest, CancellationToken cancellationToken)
    {
        if (latest is not null) return latest.Attempt;
        var results = await client.RunAsync([FirstAttempt], cancellationToken).ConfigureAwait(false);
        return results[0].Rows is [[string at, var by, ..], ..] ? new LoadAttempt(Time(at), by as string ?? "an unknown process") : null;
    }

    /// <summary>
    /// Marks <paramref name="attempt"/> (null removes the mark) on the latest Load node, or, when the graph has none (a
    /// first load), on a node of its own; in a request of its own, so that it is committed before the load's transaction
    /// opens and stays when that transaction never commits.
    /// </summary>
    public static CypherStatement MarkAttempt(LoadRecord? latest, LoadAttempt? attempt) => (latest, attempt) switch
    {
        (null, null) => new CypherStatement($"MATCH (a:{FirstAttemptLabel}) DELETE a"),
        (null, { } mark) => CypherStatement.Of($"MERGE (a:{FirstAttemptLabel} {{id: 'first-load'}}) SET a.attemptAt = $at, a.attemptBy = $by",
            ("at", IsoText(mark.At)), ("by", mark.By)),
        ({ } load, null) => CypherStatement.Of($"MATCH (l:{GraphSchema.Load} {{id: $id}}) REMOVE l.attemptAt, l.attemptBy", ("id", load.Id)),
        ({ } load, { } mark) => CypherStatement.Of($"MATCH (l:{GraphSchema.Load} {{id: $id}}) SET l.attemptAt = $at, l.attemptBy = $by",
            ("id", load.Id), ("at", IsoText(mark.At)), ("by", mark.By)),
    };

    /// <summary>
    /// The label of the mark a load leaves when the graph has no Load node to mark (the first load into an empty graph):
    /// one node, outside the content's labels (the sync and its snapshot never see it), committed before the load's
    /// transaction opens and deleted by the commit of any load (<see cref="Write"/>). Without it, a first load cut off
    /// before its commit went unreported.
    /// </summary>
    public const string FirstAttemptLabel = "LoadAttempt";

    private static readonly CypherStatement FirstAttempt = new(
        $"OPTIONAL MATCH (a:{FirstAttemptLabel}) RETURN a.attemptAt, a.attemptBy LIMIT 1") { IncludeStats = false };

    private static string IsoText(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private static DateTimeOffset Time(object? value) =>
        value is string text && DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed : DateTimeOffset.MinValue;

    /// <summary>Creates the Load node, with the counts of <paramref name="summary"/>, and prunes old ones.</summary>
    public static IReadOnlyList<CypherStatement> Write(LoadRecord record, LoadMode mode, SyncSummary summary)
    {
        var n = summary.NodeTotals;
        var r = summary.RelationshipTotals;
        var properties = new Dictionary<string, object?>
        {
            ["id"] = record.Id,
            ["at"] = IsoText(record.At),
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
            // A first load's mark goes with the commit of a load: it describes a load that never committed.
            new CypherStatement($"MATCH (a:{FirstAttemptLabel}) DELETE a"),
        ];
    }

    private static IReadOnlyList<string> Strings(object? value) =>
        value is IEnumerable<object?> list ? [.. list.OfType<string>()] : [];
}
