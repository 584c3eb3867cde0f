using System.Globalization;
using TimKnowledgeGraph.Domain.Content.Networks;
using TimKnowledgeGraph.Domain.Content.Validation;
using TimKnowledgeGraph.Graph.Cypher;

namespace TimKnowledgeGraph.Graph.Import;

/// <summary>The writes of one import run; every batch is its own auto-committed (and, on transient errors, retried) transaction.</summary>
internal sealed class ImportRun(ICypherClient client, DatasetDescription description, string runId, NetworkSource source, bool first, ImportOptions options)
{
    private readonly string _prefix = Ids.Actor(description.Id, "");
    private readonly BloomFilter? _seenTies = first ? new BloomFilter() : null;
    private HashSet<long>? _participations = [];

    /// <summary>The Dataset node (state 'running'), its Network layers, their INSTANCE_OF links and the regions.</summary>
    public async Task WriteDescriptionAsync(CancellationToken cancellationToken)
    {
        var file = description.File;
        var dataset = new Dictionary<string, object?>
        {
            ["id"] = description.Id, ["title"] = description.Title?.Value, ["source"] = description.Source?.Value,
            ["locator"] = description.Locator?.Value, ["body"] = description.Body,
            ["importRun"] = runId, ["importState"] = "running", ["sourceFile"] = file, ["sourceLine"] = (long)description.At.Line,
        };
        var networks = description.Layers.Select(l => (object?)new Dictionary<string, object?>
        {
            ["id"] = Ids.Network(description.Id, l.Id.Value), ["name"] = l.Name?.Value, ["scale"] = l.Scale?.Value,
            ["nature"] = l.Nature?.Value, ["formality"] = l.Formality?.Value, ["dataset"] = description.Id, ["layer"] = l.Id.Value,
            ["importRun"] = runId, ["sourceFile"] = file, ["sourceLine"] = (long)l.At.Line,
        }.Where(p => p.Value is not null).ToDictionary()).ToList();
        var instanceOf = description.Layers.Where(l => l.InstanceOf is not null)
            .Select(l => (object?)new object?[] { Ids.Network(description.Id, l.Id.Value), l.InstanceOf!.Value, (long)l.InstanceOf.At.Line }).ToList();
        var regions = description.Regions.Select(r => (object?)new object?[] { r.Id.Value, r.Name?.Value, (long)r.At.Line }).ToList();
        await client.RunAsync(
        [
            CypherStatement.Of(ImportStatements.Dataset, ("id", description.Id), ("props", dataset.Where(p => p.Value is not null).ToDictionary())),
            CypherStatement.Of(ImportStatements.Networks, ("id", description.Id), ("run", runId), ("rows", networks)),
            CypherStatement.Of(ImportStatements.InstanceOf, ("run", runId), ("file", file), ("rows", instanceOf)),
            CypherStatement.Of(ImportStatements.Regions, ("run", runId), ("file", file), ("rows", regions)),
        ], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Actors, with their regions; remembers declared layer participations.</summary>
    public Task<long> WriteActorsAsync(ImportValidator.Result validated, IProgress<long> progress, CancellationToken cancellationToken)
    {
        var layerIndex = Index(validated.Layers);
        return BatchPipeline.RunAsync(
            source.ActorsAsync(IgnoreDiagnostics.Instance, cancellationToken), options.BatchSize, options.Writers,
            batch =>
            {
                var rows = new object?[batch.Count];
                for (var i = 0; i < batch.Count; i++)
                {
                    var a = batch[i];
                    rows[i] = new object?[] { a.Id, a.Name, a.Kind, (long)a.At.Line, a.Region };
                    foreach (var layer in a.Layers) Participate(validated.Actors[a.Id], layerIndex[layer], validated.Layers.Count);
                }
                return (Statement(first ? ImportStatements.CreateActors : ImportStatements.MergeActors, source.ActorsFile, rows), rows.Length);
            },
            WriteAsync, progress.Report, cancellationToken);
    }

    /// <summary>Ties, created when certainly new, merged otherwise; remembers tie participations.</summary>
    public Task<long> WriteTiesAsync(ImportValidator.Result validated, IProgress<long> progress, CancellationToken cancellationToken)
    {
        var layerIndex = Index(validated.Layers);
        return BatchPipeline.RunAsync(
            source.TiesAsync(IgnoreDiagnostics.Instance, cancellationToken), options.BatchSize, options.TieWriters,
            batch =>
            {
                var created = new List<object?>(batch.Count);
                var merged = new List<object?>();
                foreach (var t in batch)
                {
                    t.TryGetWeight(out var weight);
                    object? row = new object?[] { t.Source, t.Target, t.Layer, t.Resource, weight, (long)t.At.Line };
                    var layer = layerIndex[t.Layer];
                    Participate(validated.Actors[t.Source], layer, validated.Layers.Count);
                    Participate(validated.Actors[t.Target], layer, validated.Layers.Count);
                    // Possibly seen before: MERGE, after the CREATEs of this batch, so a repeat finds the first.
                    if (_seenTies is null || _seenTies.AddAndCheck($"{t.Source}\u0001{t.Target}\u0001{t.Layer}")) merged.Add(row);
                    else created.Add(row);
                }
                var statements = new List<CypherStatement>(2);
                if (created.Count > 0) statements.Add(Statement(ImportStatements.CreateTies, source.TiesFile, [.. created]));
                if (merged.Count > 0) statements.Add(Statement(ImportStatements.MergeTies, source.TiesFile, [.. merged]));
                return (statements, batch.Count);
            },
            WriteManyAsync, progress.Report, cancellationToken);
    }

    /// <summary>PARTICIPATES_IN for every (actor, layer) seen in actors' layers or in ties; the set is bounded by actors × layers.</summary>
    public async Task<long> WriteParticipationsAsync(ImportValidator.Result validated, IProgress<long> progress, CancellationToken cancellationToken)
    {
        var ids = new string[validated.Actors.Count];
        foreach (var (id, index) in validated.Actors) ids[index] = id;
        var pairs = _participations!;
        _participations = null;
        var layers = validated.Layers.Count;
        var rows = pairs.Order().Select(p => new object?[] { ids[p / layers], validated.Layers[(int)(p % layers)] }).ToAsyncEnumerable();
        return await BatchPipeline.RunAsync(rows, options.BatchSize, 1,
            batch => (Statement(first ? ImportStatements.CreateParticipations : ImportStatements.MergeParticipations, source.TiesFile, [.. batch]), batch.Count),
            WriteAsync, progress.Report, cancellationToken).ConfigureAwait(false);
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

    /// <summary>Marks the dataset complete: from now on readers may trust it.</summary>
    public Task CompleteAsync(CancellationToken cancellationToken) =>
        client.RunAsync([CypherStatement.Of(ImportStatements.Complete, ("id", description.Id), ("run", runId),
            ("at", DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)))], cancellationToken);

    private CypherStatement Statement(string text, string file, object?[] rows) =>
        new(text, new Dictionary<string, object?> { ["rows"] = rows, ["p"] = _prefix, ["d"] = description.Id, ["run"] = runId, ["file"] = file })
        {
            IncludeStats = false,
        };

    private async Task<int> WriteAsync((CypherStatement Statement, int Rows) batch, CancellationToken cancellationToken)
    {
        await client.RunAsync([batch.Statement], cancellationToken).ConfigureAwait(false);
        return batch.Rows;
    }

    private async Task<int> WriteManyAsync((List<CypherStatement> Statements, int Rows) batch, CancellationToken cancellationToken)
    {
        await client.RunAsync(batch.Statements, cancellationToken).ConfigureAwait(false);
        return batch.Rows;
    }

    private void Participate(int actor, int layer, int layers)
    {
        // Called from the pipeline's single reader only; the set is read after all writers finished.
        _participations?.Add((long)actor * layers + layer);
    }

    private static Dictionary<string, int> Index(IReadOnlyList<string> layers) =>
        layers.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);

    private sealed class IgnoreDiagnostics : TimKnowledgeGraph.Domain.Diagnostics.IDiagnosticSink
    {
        public static readonly IgnoreDiagnostics Instance = new();

        // Pass 1 reported everything already; pass 2 reads the same bytes.
        public void Report(TimKnowledgeGraph.Domain.Diagnostics.Diagnostic diagnostic) { }
    }
}
