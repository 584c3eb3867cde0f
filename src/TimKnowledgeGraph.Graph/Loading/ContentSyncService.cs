using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TimKnowledgeGraph.Domain.Content;
using TimKnowledgeGraph.Domain.Content.Discovery;
using TimKnowledgeGraph.Graph.Analyses;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Graph.Loading.Sync;

namespace TimKnowledgeGraph.Graph.Loading;

/// <summary>
/// One load of the content folder: discover → parse → validate → map (in the domain), then sync into Neo4j.
/// Invalid content never reaches the graph: the diagnostics are returned and the graph stays as it was.
/// </summary>
/// <remarks>
/// The sync is incremental and all or nothing:
/// <list type="number">
/// <item>Files are hashed and compared with the latest <c>Load</c> node; if nothing changed, nothing is parsed or written
/// (only a new Load node is recorded).</item>
/// <item>Otherwise everything is validated (ids and links are corpus-wide, so one file's validity depends on others) and
/// mapped; files are read again only when their hash changed, and their graph fragments mapped again only when what
/// they link to changed (<see cref="ContentPipelineCache"/>: the result is exactly a fresh load's).</item>
/// <item>In ONE transaction the graph's content part is compared, element by element, with what content now says — against
/// the content graph this process wrote last when the graph's latest Load is that one, else against the graph read back — and
/// only differences are written: new and changed elements upserted, elements no file contributes any more deleted.
/// Comparing whole elements (not files) is what makes renames, deletions, nodes shared by several files and links
/// whose targets moved come out right.</item>
/// </list>
/// Loads are serialised within a process (the initial load and the watcher never overlap), and their writes across
/// processes (<see cref="LoadRecordStore.LockLatestAsync"/>: a host's watcher and <c>timkg load</c>).
/// </remarks>
public sealed partial class ContentSyncService
{
    private readonly ICypherClient _client;
    private readonly GraphSyncWriter _writer;
    private readonly LoadStatus _status;
    private readonly IOptions<ContentOptions> _options;
    private readonly ILogger<ContentSyncService> _logger;
    private readonly MeasureRefresher? _refresher;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ContentPipelineCache _content = new();
    private RememberedLoad? _last;

    /// <summary>Creates the service (as the host registers it).</summary>
    /// <param name="refresher">When given, content datasets whose measures a load removed are queued on it to be written again.</param>
    public ContentSyncService(ICypherClient client, GraphSyncWriter writer, LoadStatus status, IOptions<ContentOptions> options, ILogger<ContentSyncService> logger,
        MeasureRefresher? refresher = null)
    {
        _refresher = refresher;
        _client = client;
        _writer = writer;
        _status = status;
        _options = options;
        _logger = logger;
    }

    /// <summary>Loads the content folder of <see cref="ContentOptions"/>.</summary>
    public Task<LoadOutcome> LoadAsync(CancellationToken cancellationToken) => LoadAsync(new LoadRequest(), cancellationToken);

    /// <summary>Loads the content folder of <see cref="ContentOptions"/> with <paramref name="request"/>'s options.</summary>
    /// <exception cref="Neo4jException">Neo4j failed; the transaction was rolled back (recorded in <see cref="LoadStatus"/> too).</exception>
    public async Task<LoadOutcome> LoadAsync(LoadRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        var clock = Stopwatch.StartNew();
        var root = _options.Value.FullRoot;
        try
        {
            var outcome = await LoadLockedAsync(root, request, clock, cancellationToken).ConfigureAwait(false);
            _status.Record(outcome);
            return outcome;
        }
        catch (Exception ex) when (ex is Neo4jException or OperationCanceledException or HttpRequestException)
        {
            var failed = new LoadOutcome(false, DateTimeOffset.UtcNow, clock.Elapsed, 0, 0, 0, []) { Mode = LoadMode.Failed, Error = ex.Message };
            _status.Record(failed);
            LogFailed(_logger, root, ex.Message);
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<LoadOutcome> LoadLockedAsync(string root, LoadRequest request, Stopwatch clock, CancellationToken cancellationToken)
    {
        var progress = request.Progress;
        var files = ContentDiscovery.Discover(root);
        progress?.Report(new LoadProgress("hashed", files.Count, files.Count));
        var neo4j = new Neo4jWait();
        var latest = await neo4j.ForAsync(() => LoadRecordStore.ReadLatestAsync(_client, cancellationToken)).ConfigureAwait(false);
        var hashes = files.Select(f => (f.Path, f.Sha256)).ToList();
        var changedFiles = ChangedFiles(latest, files);
        // A load after the latest one began writing and never committed: said by this load, whatever it does.
        var interrupted = await neo4j.ForAsync(() => LoadRecordStore.ReadAttemptAsync(_client, latest, cancellationToken)).ConfigureAwait(false);
        if (interrupted is not null) LogInterrupted(_logger, interrupted.Sentence);

        if (!request.Full && latest is not null && latest.Matches(ToolVersion.Current, hashes)
            && await RecordUnchangedAsync(root, latest, files, clock, neo4j, cancellationToken).ConfigureAwait(false) is { } unchanged)
            return unchanged with { Interrupted = interrupted };

        if (request.Full) _content = new ContentPipelineCache(); // a full load trusts nothing remembered
        var content = _content.Load(files);
        progress?.Report(new LoadProgress("parsed", content.Files.Count, content.Files.Count));
        if (content.HasErrors) return Rejected(root, content, content.Diagnostics, changedFiles, clock) with { Interrupted = interrupted };

        var graph = ContentGraph.Of(content);
        // Marked, and committed, before the transaction opens: if this process stops before its commit, the next load
        // finds the mark and says so. The commit's new Load node carries none.
        var marked = latest;
        var attempt = new LoadAttempt(DateTimeOffset.UtcNow, LoadAttempt.ThisProcess);
        await neo4j.ForAsync(() => _client.RunAsync([LoadRecordStore.MarkAttempt(marked, attempt)], cancellationToken)).ConfigureAwait(false);
        var transaction = await neo4j.ForAsync(() => _client.BeginTransactionAsync(cancellationToken: cancellationToken)).ConfigureAwait(false);
        await using var disposeTransaction = transaction.ConfigureAwait(false);
        // One content write at a time across processes; what is latest is read again under the lock, and this load's
        // record comes after it in time, so the latest Load always describes the last content committed.
        latest = await neo4j.ForAsync(() => LoadRecordStore.LockLatestAsync(transaction, cancellationToken)).ConfigureAwait(false);
        var taken = await neo4j.ForAsync(() => ImportedDatasetClashes.FindAsync(transaction, content.Nodes, cancellationToken)).ConfigureAwait(false);
        if (taken.Count > 0)
        {
            // Rolled back unwritten, and the mark put back as it was: this load ended, it was not cut off. After the
            // rollback, which frees the Load node the mark is on.
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            await neo4j.ForAsync(() => _client.RunAsync([LoadRecordStore.MarkAttempt(marked, interrupted)], cancellationToken)).ConfigureAwait(false);
            return Rejected(root, content, [.. content.Diagnostics, .. taken], changedFiles, clock) with { Interrupted = interrupted };
        }
        changedFiles = ChangedFiles(latest, files);
        var at = LoadRecord.After(latest);
        var record = new LoadRecord(LoadRecord.NewId(at), at, ToolVersion.Current,
            [.. content.Files.Select(f => f.Path)], [.. content.Files.Select(f => f.Sha256)], content.Nodes.Count, content.Relationships.Count);
        var remembered = !request.Full && _last is { } last && latest is not null && last.LoadId == latest.Id ? last.Graph : null;
        var plan = remembered is not null
            ? SyncPlan.Between(remembered, graph)
            : SyncPlan.Between(await neo4j.ForAsync(() => GraphSnapshotReader.ReadAsync(transaction, cancellationToken)).ConfigureAwait(false),
                GraphSnapshot.FromContent(content.Nodes, content.Relationships));
        var mode = remembered is null ? LoadMode.Full : LoadMode.Incremental;
        var rows = new Progress<int>(done => progress?.Report(new LoadProgress("written", done, plan.Rows)));
        // Measures written back describe the network they were computed on: a change to it removes them in the same
        // transaction (before the writes, which may replace the Dataset's properties), so no reader sees stale ones.
        var staleMeasures = MeasureFreshness.AffectsNetworks(plan)
            ? await neo4j.ForAsync(() => MeasureFreshness.ClearContentDatasetsAsync(transaction, cancellationToken)).ConfigureAwait(false)
            : [];
        await neo4j.ForAsync(() => _writer.WriteAsync(transaction, plan, LoadRecordStore.Write(record, mode, plan.Summary), rows, cancellationToken))
            .ConfigureAwait(false);
        await neo4j.ForAsync(() => transaction.CommitAsync(cancellationToken)).ConfigureAwait(false);
        foreach (var dataset in staleMeasures) _refresher?.Enqueue(dataset);
        _last = new RememberedLoad(record.Id, graph);

        var outcome = new LoadOutcome(true, DateTimeOffset.UtcNow, clock.Elapsed, content.Files.Count, content.Nodes.Count, content.Relationships.Count, content.Diagnostics)
        {
            Mode = mode,
            LoadId = record.Id,
            Summary = plan.Summary,
            ChangedFiles = changedFiles,
            Neo4jTime = neo4j.Elapsed,
            Interrupted = interrupted,
        };
        LogLoaded(_logger, root, outcome.Files, changedFiles.Count, outcome.Nodes, outcome.Relationships,
            plan.Summary.NodeTotals.Created + plan.Summary.NodeTotals.Updated + plan.Summary.NodeTotals.Deleted,
            plan.Summary.RelationshipTotals.Created + plan.Summary.RelationshipTotals.Updated + plan.Summary.RelationshipTotals.Deleted,
            (long)clock.Elapsed.TotalMilliseconds, (long)neo4j.Elapsed.TotalMilliseconds);
        return outcome;
    }

    private LoadOutcome Rejected(string root, ContentLoadResult content, IReadOnlyList<Domain.Diagnostics.Diagnostic> diagnostics, IReadOnlyList<string> changedFiles, Stopwatch clock)
    {
        var rejected = new LoadOutcome(false, DateTimeOffset.UtcNow, clock.Elapsed, content.Files.Count, 0, 0, diagnostics)
        {
            Mode = LoadMode.Rejected,
            ChangedFiles = changedFiles,
        };
        LogRejected(_logger, root, rejected.Errors.Count());
        foreach (var d in rejected.Errors) LogDiagnostic(_logger, d.ToString());
        return rejected;
    }

    // Null when another process committed a load since `latest` was read: then this one is a load like any other.
    private async Task<LoadOutcome?> RecordUnchangedAsync(string root, LoadRecord latest, IReadOnlyList<ContentFile> files, Stopwatch clock, Neo4jWait neo4j,
        CancellationToken cancellationToken)
    {
        var transaction = await neo4j.ForAsync(() => _client.BeginTransactionAsync(cancellationToken: cancellationToken)).ConfigureAwait(false);
        await using var disposeTransaction = transaction.ConfigureAwait(false);
        var locked = await neo4j.ForAsync(() => LoadRecordStore.LockLatestAsync(transaction, cancellationToken)).ConfigureAwait(false);
        if (locked?.Id != latest.Id) return null;
        var at = LoadRecord.After(latest);
        var record = latest with { Id = LoadRecord.NewId(at), At = at };
        await neo4j.ForAsync(() => transaction.RunAsync(LoadRecordStore.Write(record, LoadMode.Unchanged, SyncSummary.Empty), cancellationToken)).ConfigureAwait(false);
        await neo4j.ForAsync(() => transaction.CommitAsync(cancellationToken)).ConfigureAwait(false);
        // The graph still is exactly what the remembered content graph (if any) describes; only its Load id moved on.
        if (_last is { } last && last.LoadId == latest.Id) _last = last with { LoadId = record.Id };
        LogUnchanged(_logger, root, files.Count, (long)clock.Elapsed.TotalMilliseconds, (long)neo4j.Elapsed.TotalMilliseconds);
        return new LoadOutcome(true, DateTimeOffset.UtcNow, clock.Elapsed, files.Count, (int)latest.Nodes, (int)latest.Relationships, [])
        {
            Mode = LoadMode.Unchanged,
            LoadId = record.Id,
            Neo4jTime = neo4j.Elapsed,
        };
    }

    private static IReadOnlyList<string> ChangedFiles(LoadRecord? latest, IReadOnlyList<ContentFile> files)
    {
        var before = latest is null
            ? new Dictionary<string, string>(StringComparer.Ordinal)
            : latest.Files.Zip(latest.Hashes).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        var now = files.ToDictionary(f => f.Path, f => f.Sha256, StringComparer.Ordinal);
        return
        [
            .. now.Where(f => before.GetValueOrDefault(f.Key) != f.Value).Select(f => f.Key)
                .Concat(before.Keys.Where(p => !now.ContainsKey(p)))
                .Order(StringComparer.Ordinal),
        ];
    }

    /// <summary>The content graph this process last committed, and the id of the Load node committed with it.</summary>
    private sealed record RememberedLoad(string LoadId, ContentGraph Graph);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Loaded {Root}: {Files} files ({Changed} changed), {Nodes} nodes, {Relationships} relationships; wrote {NodeChanges} node and {RelationshipChanges} relationship changes in {Ms} ms ({Neo4jMs} ms of it waiting for Neo4j)")]
    private static partial void LogLoaded(ILogger logger, string root, int files, int changed, int nodes, int relationships, long nodeChanges, long relationshipChanges, long ms,
        long neo4jMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Root}: {Files} files unchanged since the last load, nothing written, in {Ms} ms ({Neo4jMs} ms of it waiting for Neo4j)")]
    private static partial void LogUnchanged(ILogger logger, string root, int files, long ms, long neo4jMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "Content in {Root} has {Errors} error(s); the graph was left as it was")]
    private static partial void LogRejected(ILogger logger, string root, int errors);

    [LoggerMessage(Level = LogLevel.Error, Message = "Loading {Root} failed, the graph was left as it was: {Error}")]
    private static partial void LogFailed(ILogger logger, string root, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Sentence}")]
    private static partial void LogInterrupted(ILogger logger, string sentence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Diagnostic}")]
    private static partial void LogDiagnostic(ILogger logger, string diagnostic);
}
