using System.Globalization;
using System.Runtime.CompilerServices;
using TimKnowledgeGraph.Domain.Content.Networks;
using TimKnowledgeGraph.Domain.Content.Validation;
using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Graph.Import;

/// <summary>The writes of one import run; every batch is its own auto-committed (and, on transient errors, retried) transaction.</summary>
internal sealed class ImportRun(ICypherClient client, DatasetDescription description, long runId, string claimToken, NetworkSource source, bool first,
    ImportOptions options)
{
    private readonly string _prefix = Ids.Actor(description.Id, "");
    private readonly BloomFilter? _seenTies = first ? new BloomFilter() : null;
    private HashSet<long>? _participations = [];                         // (actor, layer) from actors' rows
    private readonly HashSet<long> _listed = [];                          // participations an actor's own row lists
    private readonly Dictionary<int, NetworkTime> _actorTimes = [];       // by actor index, only actors whose row has time
    private readonly IReadOnlyDictionary<string, int> _waves = NetworkTime.WavePositions(description.Waves);
    private ActorPartition? _partition;
    private ActorPartition? _onePart;
    private List<PendingTie>? _keptBetweenTies; // read with the ties inside parts, written after the participations
    private TaskCompletionSource[] _insideWritten = []; // per tie part, once its ties inside are written: its participations may start
    private string[] _actorIds = [];   // local id of every actor, by actor index
    private long[] _actorNodes = [];  // node id of every actor, by actor index; -1 until written
    private readonly Dictionary<string, long> _layerNodes = new(StringComparer.Ordinal);

    /// <summary>The Dataset node (state 'running'), its Network layers, their INSTANCE_OF links and the regions.</summary>
    /// <param name="timed">Whether any tie or listed participation carries time (validation found out).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public async Task WriteDescriptionAsync(bool timed, CancellationToken cancellationToken)
    {
        var file = description.File;
        var dataset = new Dictionary<string, object?>
        {
            [DatasetShape.Id] = description.Id, [DatasetShape.Title] = description.Title?.Value, [DatasetShape.Source] = description.Source?.Value,
            [DatasetShape.Locator] = description.Locator?.Value, [DatasetShape.Body] = description.Body,
            [CommonProperties.ImportRun] = runId, [DatasetShape.ImportState] = "running", [CommonProperties.SourceFile] = file,
            [CommonProperties.SourceLine] = (long)description.At.Line,
            [DatasetShape.ActorsFile] = source.ActorsFile, [DatasetShape.TiesFile] = source.TiesFile,
            [DatasetShape.Waves] = NetworkTime.WaveIds(description.Waves), [DatasetShape.WaveNames] = NetworkTime.WaveNames(description.Waves),
            [DatasetShape.Timed] = timed ? true : null,
        };
        var networks = description.Layers.Select(l => (object?)new Dictionary<string, object?>
        {
            [NetworkShape.Id] = Ids.Network(description.Id, l.Id.Value), [NetworkShape.Name] = l.Name?.Value, [NetworkShape.Scale] = l.Scale?.Value,
            [NetworkShape.Nature] = l.Nature?.Value, [NetworkShape.Formality] = l.Formality?.Value, [NetworkShape.Dataset] = description.Id,
            [NetworkShape.Layer] = l.Id.Value, [NetworkShape.Directed] = l.IsDirected ? true : null,
            [CommonProperties.ImportRun] = runId, [CommonProperties.SourceFile] = file, [CommonProperties.SourceLine] = (long)l.At.Line,
        }.Where(p => p.Value is not null).ToDictionary()).ToList();
        var instanceOf = description.Layers.Where(l => l.InstanceOf is not null)
            .Select(l => (object?)new object?[] { Ids.Network(description.Id, l.Id.Value), l.InstanceOf!.Value, (long)l.InstanceOf.At.Line }).ToList();
        var regions = description.Regions.Select(r => (object?)new object?[] { r.Id.Value, r.Name?.Value, (long)r.At.Line }).ToList();
        var results = await client.RunAsync(
        [
            CypherStatement.Of(ImportStatements.Dataset, ("id", description.Id), ("token", claimToken), ("props", dataset.Where(p => p.Value is not null).ToDictionary())),
            CypherStatement.Of(ImportStatements.Networks, ("id", description.Id), ("run", runId), ("rows", networks)),
            CypherStatement.Of(ImportStatements.InstanceOf, ("id", description.Id), ("run", runId), ("file", file), ("rows", instanceOf)),
            CypherStatement.Of(ImportStatements.Regions, ("id", description.Id), ("rows", regions)),
        ], cancellationToken).ConfigureAwait(false);
        // The claim was there when the run began: only a deleted Dataset node or a lapsed claim taken over makes this 0.
        if (Convert.ToInt64(results[0].Rows[0][0], CultureInfo.InvariantCulture) != 1) throw ImportInProgressException.TakenOver(description.Id);
        foreach (var row in results[1].Rows) _layerNodes[(string)row[0]!] = Convert.ToInt64(row[1], CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Lets go of the shared nodes (regions, network-kind concepts) this dataset no longer declares, after the stale
    /// clean-up removed its relationships to them; deletes those no one owns any more. Runs on every import, first or not:
    /// an interrupted earlier run may have left references behind. Then marks the dataset complete, in the same
    /// transaction (one round trip fewer): from then on readers may trust it. Marking it complete releases the run's claim.
    /// </summary>
    public async Task ReleaseSharedAndCompleteAsync(CancellationToken cancellationToken)
    {
        var regions = description.Regions.Select(r => (object?)r.Id.Value).ToList();
        var concepts = description.Layers.Where(l => l.InstanceOf is not null).Select(l => (object?)l.InstanceOf!.Value).ToList();
        var results = await client.RunAsync(
        [
            CypherStatement.Of(ImportStatements.DeleteStaleInstanceOf, ("id", description.Id), ("run", runId)),
            CypherStatement.Of(ImportStatements.ReleaseRegions, ("id", description.Id), ("keep", regions)),
            CypherStatement.Of(ImportStatements.ReleaseConcepts, ("id", description.Id), ("keep", concepts)),
            CypherStatement.Of(ImportStatements.Complete, ("id", description.Id), ("run", runId), ("token", claimToken),
                ("at", DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture))),
        ], cancellationToken).ConfigureAwait(false);
        // A success must mean a complete dataset: a Dataset its id does not find stays "running" however the rest went,
        // and so does one whose claim another run has taken over (that run marks it complete, or not).
        if (results[^1].Rows.Count == 0) throw ImportInterferenceException.DatasetGone(description.Id);
        if (results[^1].Rows[0][0] is not true) throw ImportInProgressException.TakenOver(description.Id);
    }

    /// <summary>
    /// Actors, with their regions; remembers declared layer participations and every actor's node id (ties and
    /// participations find it by that). Called right after <see cref="WriteDescriptionAsync"/>, not after it finished:
    /// actors.csv is read and the first batches prepared meanwhile (30-40 ms of the medium network's actor phase), and
    /// nothing is sent before <paramref name="descriptionWritten"/> is done (the actors' regions are in it).
    /// </summary>
    public Task<long> WriteActorsAsync(ImportValidator.Result validated, Task descriptionWritten, IProgress<long> progress, CancellationToken cancellationToken)
    {
        var layerIndex = Index(validated.Layers);
        var partition = PartitionFor(validated, validated.Actors.Count, minRowsPerPart: Math.Max(1, options.ActorBatch / 2));
        _actorIds = new string[validated.Actors.Count];
        foreach (var (id, index) in validated.Actors) _actorIds[index] = id;
        _actorNodes = new long[validated.Actors.Count];
        Array.Fill(_actorNodes, -1);
        var rows = source.ActorsAsync(IgnoreDiagnostics.Instance, cancellationToken).Select(a =>
        {
            var actor = Known(validated.Actors, a.Id, source.ActorsFile, a);
            foreach (var layer in a.Layers.Select(l => Known(layerIndex, l, source.ActorsFile, a)))
            {
                var pair = ParticipationPair.Of(actor, layer, validated.Layers.Count);
                _participations!.Add(pair); // read once all actors are written
                _listed.Add(pair);
            }
            if (a.Time.Any && NetworkTime.Read(a, a.Time, _waves, IgnoreDiagnostics.Instance) is { IsTimed: true } time) _actorTimes[actor] = time;
            return (Row: ActorImportRow.Of(a, actor), Part: partition.Of(actor));
        });
        // Each part's actors are counted: they go in equal batches, without a runt at the end.
        int BatchSizeOf(int part) => BatchPipeline.EvenBatchSize(partition.ActorsIn(part), options.ActorBatch);
        return BatchPipeline.RunAsync(rows, a => a.Part, partition.Parts, BatchSizeOf, partition.Parts,
            async (batch, token) =>
            {
                var rows = batch.Select(a => a.Row);
                var statement = first ? Statement(ImportStatements.CreateActors, ImportStatements.GroupedByRegion(rows))
                    : Statement(ImportStatements.MergeActors, [.. rows]);
                await descriptionWritten.WaitAsync(token).ConfigureAwait(false);
                var results = await RunBatchAsync([statement], token).ConfigureAwait(false);
                // Writers fill disjoint slots: every actor is in exactly one batch.
                // A region deleted by another client between its write and its actors'.
                var regionless = results[0].Rows.Count(row => row.Count > 2 && row[2] is false);
                if (regionless > 0) throw new ImportInterferenceException(description.Id, regionless, batch.Count);
                foreach (var row in results[0].Rows)
                    _actorNodes[Convert.ToInt32(row[0], CultureInfo.InvariantCulture)] = Convert.ToInt64(row[1], CultureInfo.InvariantCulture);
                return batch.Count;
            },
            progress.Report, cancellationToken);
    }

    /// <summary>
    /// Ties, created when certainly new, merged otherwise; with one part all of them, with several the ties inside each
    /// part, the parts at once (<see cref="WriteTiesBetweenPartsAsync"/> writes the rest, after the participations).
    /// Called right after <see cref="WriteActorsAsync"/>, not after it finished: when the ties fit one batch, ties.csv
    /// is read and the batch prepared while the actors are written (reading took 30-90 ms of a 0.3 s tie phase on the
    /// small network), and nothing is sent before <paramref name="actorsWritten"/> is done. More ties start reading
    /// after the actors: their reading overlaps their own writes, and read early it took cores from the actors' writers
    /// (medium actors 0.5-0.7 s became 0.6-1.3 s). Then each part's first batch is a quarter batch, so that Neo4j waits
    /// for fewer rows to be read: a first batch of 10,000 ties inside a part left it idle for 70-95 ms after the actors
    /// of the medium network, while 25,000 rows were read; and a first batch still takes Neo4j longer than reading the
    /// rows of the next one.
    /// </summary>
    public async Task<long> WriteTiesInsidePartsAsync(ImportValidator.Result validated, Task actorsWritten, IProgress<long> progress, CancellationToken cancellationToken)
    {
        var partition = TiePartition(validated);
        _insideWritten = [.. Enumerable.Range(0, partition.Parts).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously))];
        try
        {
            var readAfterActors = validated.TieRows > options.BatchSize;
            if (readAfterActors) await actorsWritten.ConfigureAwait(false);
            _keptBetweenTies = partition.Parts > 1 ? [] : null;
            var written = await WriteTiesAsync(validated, InsideTiesAsync(validated, partition, cancellationToken), t => partition.Of(t.Source), partition.Parts,
                firstBatch: readAfterActors ? Math.Max(1, options.BatchSize / 4) : options.BatchSize, actorsWritten, progress.Report,
                part => _insideWritten[part].TrySetResult(), cancellationToken).ConfigureAwait(false);
            foreach (var part in _insideWritten) part.TrySetResult(); // every part told already; this only makes sure
            return written;
        }
        catch (Exception e)
        {
            foreach (var part in _insideWritten) part.TrySetException(e); // the participations waiting for them stop
            throw;
        }
    }

    /// <summary>
    /// The ties between parts, by one writer (concurrent batches would lock each other's end nodes); none with one part.
    /// They were kept in memory while the ties inside parts were read, unless there were more than
    /// <see cref="ImportOptions.MaxKeptBetweenTies"/>; then ties.csv is read again.
    /// </summary>
    /// <param name="inside">The ties written inside parts (progress counts on from there).</param>
    public async Task<long> WriteTiesBetweenPartsAsync(ImportValidator.Result validated, long inside, IProgress<long> progress, CancellationToken cancellationToken)
    {
        var partition = TiePartition(validated);
        if (partition.Parts == 1) return 0;
        var ties = _keptBetweenTies?.ToAsyncEnumerable()
            ?? ReadTiesAsync(validated, cancellationToken).Where(t => partition.Of(t.Source) != partition.Of(t.Target));
        _keptBetweenTies = null;
        return await WriteTiesAsync(validated, ties, _ => 0, parts: 1, firstBatch: options.BatchSize, Task.CompletedTask, n => progress.Report(inside + n),
            partWritten: null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The ties inside parts, read from ties.csv; those between parts are kept for <see cref="WriteTiesBetweenPartsAsync"/>
    /// (at most <see cref="ImportOptions.MaxKeptBetweenTies"/>), so that their writer starts at once and the file is read once: read
    /// again, 48,000 rows went by before its first batch of the medium network was full, 70 ms with Neo4j idle.
    /// </summary>
    private async IAsyncEnumerable<PendingTie> InsideTiesAsync(ImportValidator.Result validated, ActorPartition partition,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var tie in ReadTiesAsync(validated, cancellationToken).ConfigureAwait(false))
        {
            if (partition.Of(tie.Source) == partition.Of(tie.Target)) yield return tie;
            else if (_keptBetweenTies is { } kept && kept.Count < options.MaxKeptBetweenTies) kept.Add(tie);
            else _keptBetweenTies = null; // more than memory should hold: the between pass reads the file again
        }
    }

    private IAsyncEnumerable<PendingTie> ReadTiesAsync(ImportValidator.Result validated, CancellationToken cancellationToken)
    {
        var layerIndex = Index(validated.Layers);
        return source.TiesAsync(IgnoreDiagnostics.Instance, cancellationToken).Select(t =>
        {
            t.TryGetWeight(out var weight);
            var time = t.Time.Any ? NetworkTime.Read(t, t.Time, _waves, IgnoreDiagnostics.Instance) : null;
            return new PendingTie(Known(validated.Actors, t.Source, source.TiesFile, t), Known(validated.Actors, t.Target, source.TiesFile, t),
                Known(layerIndex, t.Layer, source.TiesFile, t), t.Resource, weight, t.At.Line, Create: false, time);
        });
    }

    /// <summary>
    /// Whether a tie can be created: certainly not seen before. Otherwise MERGE, after the CREATEs of its batch, so a
    /// repeat finds the first. The identity is the MERGE key's: (source, target, layer, wave, from). A tie inside a part
    /// and one between parts never share it (their ends differ), so the two passes may see them in any order.
    /// </summary>
    private PendingTie Checked(PendingTie tie, IReadOnlyList<string> layers)
    {
        if (_seenTies is null) return tie;
        var (from, to, layer) = (_actorIds[tie.Source], _actorIds[tie.Target], layers[tie.Layer]);
        var identity = tie.Time is not { } time ? $"{from}\u0001{to}\u0001{layer}" : $"{from}\u0001{to}\u0001{TieShape.Key(layer, time.Wave, time.ValidFrom)}";
        return tie with { Create = !_seenTies.AddAndCheck(identity) };
    }

    private Task<long> WriteTiesAsync(ImportValidator.Result validated, IAsyncEnumerable<PendingTie> ties, Func<PendingTie, int> partOf, int parts,
        int firstBatch, Task actorsWritten, Action<long> written, Action<int>? partWritten, CancellationToken cancellationToken)
    {
        return BatchPipeline.RunAsync(ties.Select(t => Checked(t, validated.Layers)), partOf, parts, options.BatchSize, parts,
            async (batch, token) =>
            {
                await actorsWritten.WaitAsync(token).ConfigureAwait(false); // the rows name the actors' node ids
                // The CREATEs first: a possible repeat among the MERGEs then finds the tie its first row created.
                var statements = batch.GroupBy(t => t.Create).OrderByDescending(g => g.Key)
                    .Select(g => TieStatement([.. g], create: g.Key, validated.Layers)).ToList();
                return await WriteCheckedAsync(statements, batch.Count, token).ConfigureAwait(false);
            },
            written, cancellationToken, firstBatch, partWritten);
    }

    /// <summary>
    /// The statement that writes <paramref name="ties"/>, created (certainly new) or merged: their rows, and each actor
    /// they name once, to be checked (<see cref="ImportStatements"/>).
    /// </summary>
    private CypherStatement TieStatement(PendingTie[] ties, bool create, IReadOnlyList<string> layers)
    {
        var rows = ties.Select(t => (object?)TieImportRow.Of(_actorNodes[t.Source], _actorNodes[t.Target], layers[t.Layer], t.Resource, t.Weight, t.Line, t.Time))
            .ToArray();
        var actors = new HashSet<int>(); // each end once, without an array per tie (a million ties per import)
        foreach (var t in ties)
        {
            actors.Add(t.Source);
            actors.Add(t.Target);
        }
        var ends = actors.Select(a => (object?)TieEndRow.Of(_actorNodes[a], _actorIds[a])).ToArray();
        var text = !create ? (first ? ImportStatements.MergeRepeatedTies : ImportStatements.MergeTies)
            : rows.Any(TieImportRow.IsTimed) ? ImportStatements.CreateTies
            : ImportStatements.CreateUntimedTies;
        return Statement(text, rows, ("ends", ends));
    }

    /// <summary>
    /// PARTICIPATES_IN for every (actor, layer) seen in actors' layers or implied by ties (validation collected those);
    /// the set is bounded by actors × layers. Written after the ties inside parts and before those between parts, a
    /// batch per layer (it finds its Network once). More than one batch goes to the tie parts' writers at once
    /// (<see cref="WriteInPartsAsync"/>), each part's as soon as its ties inside are written. Called once the actors
    /// are written (their layers are read with them), while the ties inside parts may still be written.
    /// </summary>
    public async Task<long> WriteParticipationsAsync(ImportValidator.Result validated, IProgress<long> progress, CancellationToken cancellationToken)
    {
        var pairs = _participations!;
        _participations = null;
        pairs.UnionWith(validated.TieParticipations);
        var layers = validated.Layers.Count;

        // All within one batch: one request and one transaction, a statement per layer (a round trip per layer was a
        // fifth of the phase on the small network).
        if (pairs.Count <= options.BatchSize)
        {
            await Task.WhenAll(_insideWritten.Select(part => part.Task)).WaitAsync(cancellationToken).ConfigureAwait(false);
            var all = pairs.Order().ToList();
            var written = all.Count == 0 ? 0
                : await WriteCheckedAsync([.. all.GroupBy(p => ParticipationPair.Layer(p, layers)).Select(g => ParticipationStatement(validated, g.Key, [.. g]))], all.Count, cancellationToken)
                    .ConfigureAwait(false);
            progress.Report(written);
            return written;
        }
        var partition = TiePartition(validated);
        var buckets = new List<long>[partition.Parts, layers];
        foreach (var pair in pairs.Order()) (buckets[partition.Of(ParticipationPair.Actor(pair, layers)), ParticipationPair.Layer(pair, layers)] ??= []).Add(pair);
        return await WriteInPartsAsync(validated, buckets, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes participations bucketed by (actor part, layer), the parts at once, each through the layers in order: a
    /// part starts once its ties inside are written and takes the next place in a chain, and the part in place k goes
    /// on a layer only once the part in place k - 1 has finished it.
    /// </summary>
    /// <remarks>
    /// Why the chain: on Neo4j 3.1 creating a relationship locks, at commit, the first relationship of each end's chain,
    /// and a new participation heads both its actor's chain and its Network's. Parts that went through the layers in
    /// different orders would deadlock: part 0 on layer 1 and part 1 on layer 0, each having written the other's
    /// layer before, both lock the head of layer 0 (part 1's as the layer's, part 0's as an actor's newest) and of
    /// layer 1, in opposite orders; 3.1 then stops one (<c>LockClient can't wait on resource RWLock[RELATIONSHIP…]</c>,
    /// as the unchained attempt did at 1M ties; docs/benchmarks.md). In the chain, the batch of the part in place k
    /// shares at most one relationship with that of place k - 1 (the head of its layer, which place k - 1 wrote last)
    /// and none with any other part's, so no wait can close a cycle. A Network that turns dense (Neo4j's
    /// <c>dense_node_threshold</c>, 50) locks every relationship it has; a layer of which a part holds fewer than
    /// <see cref="ChainedLayerMinimum"/> participations could turn dense under a later part (any part may come first),
    /// so it is written after the others, by one writer. Only ties
    /// inside parts exist yet, which join no two parts' chains; ties between parts would, so they come after (and a
    /// re-import, which finds them in the graph, writes with one part: <see cref="Partition"/>). A part whose ties inside
    /// are written shares nothing with another part's ties inside still being written: those touch only that part's
    /// actors, whose participations come later in the chain. So the first part done leads, while the last one still
    /// writes ties (on the medium network the two parts' ties inside ended 40-210 ms apart).
    /// </remarks>
    private async Task<long> WriteInPartsAsync(ImportValidator.Result validated, List<long>[,] buckets, IProgress<long> progress, CancellationToken cancellationToken)
    {
        int parts = buckets.GetLength(0), layers = buckets.GetLength(1);
        // Any part may come first in the chain: each one that writes the layer must write enough to make it dense.
        bool Chained(int layer) => Enumerable.Range(0, parts).Select(p => buckets[p, layer]?.Count ?? 0).Where(n => n > 0).DefaultIfEmpty().Min() >= ChainedLayerMinimum;
        var finished = new TaskCompletionSource[parts, layers]; // by place in the chain
        foreach (var place in Enumerable.Range(0, parts))
            foreach (var layer in Enumerable.Range(0, layers)) finished[place, layer] = new(TaskCreationOptions.RunContinuationsAsynchronously);
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        long total = 0;
        var places = -1;

        async Task WriteAsync(int layer, List<long>? pairs, CancellationToken token)
        {
            foreach (var chunk in (pairs ?? []).Chunk(options.BatchSize))
            {
                await WriteCheckedAsync([ParticipationStatement(validated, layer, chunk)], chunk.Length, token).ConfigureAwait(false);
                progress.Report(Interlocked.Add(ref total, chunk.Length));
            }
        }

        async Task PartAsync(int part)
        {
            try
            {
                await _insideWritten[part].Task.WaitAsync(failed.Token).ConfigureAwait(false);
                var place = Interlocked.Increment(ref places);
                foreach (var layer in Enumerable.Range(0, layers).Where(Chained))
                {
                    if (place > 0) await finished[place - 1, layer].Task.WaitAsync(failed.Token).ConfigureAwait(false);
                    await WriteAsync(layer, buckets[part, layer], failed.Token).ConfigureAwait(false);
                    finished[place, layer].SetResult();
                }
            }
            catch
            {
                await failed.CancelAsync().ConfigureAwait(false); // one failure stops the others
                throw;
            }
        }

        await Task.WhenAll(Enumerable.Range(0, parts).Select(part => Task.Run(() => PartAsync(part), failed.Token))).ConfigureAwait(false);
        foreach (var layer in Enumerable.Range(0, layers).Where(l => !Chained(l)))
            foreach (var part in Enumerable.Range(0, parts)) await WriteAsync(layer, buckets[part, layer], cancellationToken).ConfigureAwait(false);
        return total;
    }

    // Well above Neo4j's default dense_node_threshold (50): the layer's Network turns dense under the first part in the chain.
    private const int ChainedLayerMinimum = 200;

    /// <summary>The statement that writes <paramref name="pairs"/>, all of layer <paramref name="layer"/>.</summary>
    private CypherStatement ParticipationStatement(ImportValidator.Result validated, int layer, IEnumerable<long> pairs)
    {
        var layers = validated.Layers.Count;
        var rows = pairs.Select(p =>
        {
            var actor = ParticipationPair.Actor(p, layers);
            return (object?)ParticipationImportRow.Of(_actorNodes[actor], _actorIds[actor], _listed.Contains(p), _actorTimes.GetValueOrDefault(actor));
        }).ToArray();
        var text = !first ? ImportStatements.MergeParticipations
            : rows.All(ParticipationImportRow.IsImplied) ? ImportStatements.CreateImpliedParticipations
            : ImportStatements.CreateParticipations;
        var id = validated.Layers[layer];
        return Statement(text, rows, ("network", _layerNodes.GetValueOrDefault(id, -1)), ("layer", id));
    }

    /// <summary>Deletes, in batches, what earlier runs of this import wrote and this one did not.</summary>
    public async Task<long> DeleteStaleAsync(int batch, CancellationToken cancellationToken)
    {
        long deleted = 0;
        foreach (var text in new[] { ImportStatements.DeleteStaleRelationships, ImportStatements.DeleteStaleActors, ImportStatements.DeleteStaleNetworks })
        {
            while (true)
            {
                var results = await client.RunAsync([CypherStatement.Of(text, ("p", _prefix), ("id", description.Id), ("run", runId), ("limit", batch))], cancellationToken)
                    .ConfigureAwait(false);
                var count = results[0].Rows.Count > 0 ? Convert.ToInt64(results[0].Rows[0][0], CultureInfo.InvariantCulture) : 0;
                deleted += count;
                if (count < batch) break;
            }
        }
        return deleted;
    }

    private CypherStatement Statement(string text, object?[] rows, params (string Name, object? Value)[] more)
    {
        var parameters = new Dictionary<string, object?> { ["rows"] = rows, ["p"] = _prefix, ["d"] = description.Id, ["run"] = runId };
        foreach (var (name, value) in more) parameters[name] = value;
        return new CypherStatement(text, parameters) { IncludeStats = false };
    }

    /// <summary>
    /// Runs one batch's statements. A node another client deletes while the batch reads it (rather than before) makes
    /// Neo4j stop the batch ("Unable to load NODE with id ..."): the same interference as rows that find nothing.
    /// </summary>
    private async Task<IReadOnlyList<CypherResult>> RunBatchAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        try
        {
            return await client.RunAsync(statements, cancellationToken).ConfigureAwait(false);
        }
        catch (EntityNotFoundException e)
        {
            throw new ImportInterferenceException(description.Id, e);
        }
    }

    /// <summary>Runs statements that each return their row count; fails when rows found no actor (see ImportStatements).</summary>
    private async Task<int> WriteCheckedAsync(IReadOnlyList<CypherStatement> statements, int rows, CancellationToken cancellationToken)
    {
        var results = await RunBatchAsync(statements, cancellationToken).ConfigureAwait(false);
        var written = results.Sum(r => r.Rows.Count > 0 ? Convert.ToInt64(r.Rows[0][0], CultureInfo.InvariantCulture) : 0);
        if (written != rows) throw new ImportInterferenceException(description.Id, rows - written, rows);
        return rows;
    }

    // Pass 2 reads the files again: an actor or layer that validation did not see means the file changed in between.
    private int Known(Dictionary<string, int> index, string key, string file, NetworkRow row) =>
        index.TryGetValue(key, out var value) ? value : throw new ImportSourceChangedException(description.Id, file, row.At.Line);

    // Concurrent writers only on a first import: then every end node's relationships lie inside its part. Existing
    // ties between parts (a re-import, a repair) would make concurrent batches lock the same relationships.
    private ActorPartition Partition(ImportValidator.Result validated) =>
        _partition ??= ActorPartition.Create(validated.ActorRegions, validated.Regions.Count, first ? options.Writers : 1);

    /// <summary>
    /// The parts for a phase of <paramref name="rows"/> rows: concurrent writers only when each part has at least
    /// <paramref name="minRowsPerPart"/> rows; below that, one writer. Ties need more than one batch per part: a part's
    /// single batch is sent only once every row has been read, and the ties between parts take a second pass over the
    /// file afterwards. Actors have nothing between parts, so half a batch per part already gains from both cores.
    /// Measured (statement time on 10k rows, medians of 5; docs/benchmarks.md): actors as one batch 0.43 s, as two
    /// region parts written at once 0.37 s; ties as one batch 0.23 s, as two parts and the ties between 0.24 s.
    /// </summary>
    private ActorPartition TiePartition(ImportValidator.Result validated) => PartitionFor(validated, validated.TieRows, minRowsPerPart: options.BatchSize + 1L);

    private ActorPartition PartitionFor(ImportValidator.Result validated, long rows, long minRowsPerPart)
    {
        var partition = Partition(validated);
        if (partition.Parts > 1 && rows >= partition.Parts * minRowsPerPart) return partition;
        return _onePart ??= ActorPartition.Create(validated.ActorRegions, validated.Regions.Count, 1);
    }

    private static Dictionary<string, int> Index(IReadOnlyList<string> layers) =>
        layers.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);

    /// <summary>A tie waiting for its batch, small: actors and layer by index (ids are looked up when it is sent).</summary>
    private readonly record struct PendingTie(int Source, int Target, int Layer, string? Resource, double Weight, int Line, bool Create, NetworkTime? Time);

    private sealed class IgnoreDiagnostics : TimKnowledgeGraph.Domain.Diagnostics.IDiagnosticSink
    {
        public static readonly IgnoreDiagnostics Instance = new();

        // Pass 1 reported everything already; pass 2 reads the same bytes.
        public void Report(TimKnowledgeGraph.Domain.Diagnostics.Diagnostic diagnostic) { }
    }
}
