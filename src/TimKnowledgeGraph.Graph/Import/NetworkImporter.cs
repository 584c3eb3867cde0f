using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TimKnowledgeGraph.Domain.Content.Networks;
using TimKnowledgeGraph.Domain.Content.Reading;
using TimKnowledgeGraph.Domain.Content.Validation;
using TimKnowledgeGraph.Domain.Diagnostics;
using TimKnowledgeGraph.Graph.Analyses;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Graph.Loading;

namespace TimKnowledgeGraph.Graph.Import;

/// <summary>
/// Bulk import of one network dataset folder (dataset.md + actors.csv + ties.csv, or GraphML) far larger than the
/// content corpus: streamed, validated in a first pass (nothing is written if any row is wrong), then written in
/// batches that commit on their own, upserting by id.
/// </summary>
/// <remarks>
/// Too large for one transaction, an import is made repairable instead: every element it writes is stamped with the
/// run's number (<c>importRun</c>) and the Dataset node says <c>importState: 'running'</c> until the last step marks it
/// <c>'complete'</c>. Re-running the same import (after a crash, a cancellation or a corrected file) upserts every row
/// again — ties by (source, target, layer), actors by id — then deletes what earlier runs wrote and this run did not.
/// The first import of a dataset (nothing of it in the graph) creates rows instead of merging them, which is faster;
/// repeated ties are still caught, by a fixed-size Bloom filter that sends possible repeats through MERGE.
/// </remarks>
/// <remarks>
/// A completed import of a dataset whose measures had been written back queues it on <paramref name="refresher"/> (when
/// given, as the host and CLI do), which writes them again: the import replaced every actor's properties, removing the old ones.
/// </remarks>
public sealed partial class NetworkImporter(ICypherClient client, IOptions<ImportOptions> options, ILogger<NetworkImporter> logger,
    MeasureRefresher? refresher = null)
{
    private const int CleanupBatch = 10_000;

    /// <summary>
    /// Imports the dataset in <paramref name="path"/>: a folder with dataset.md, or one <c>.graphml</c> file alone (as
    /// <c>timkg export network</c> writes it), whose description is derived from the file (GraphMlDescriptionReader).
    /// </summary>
    /// <param name="path">The dataset folder or GraphML file.</param>
    /// <param name="progress">Progress reports, if wanted.</param>
    /// <param name="cancellationToken">Stops the import (a re-run repairs it).</param>
    /// <param name="datasetId">For a GraphML file: the id to import it as (default: the file name without extension).</param>
    public async Task<ImportOutcome> ImportAsync(string path, IProgress<LoadProgress>? progress, CancellationToken cancellationToken, string? datasetId = null)
    {
        var clock = Stopwatch.StartNew();
        var sink = new CappedDiagnostics(options.Value.MaxDiagnostics);
        var (folderName, source) = ReadSource(path, datasetId, sink);
        if (source is null) return Failed(folderName, clock, sink);
        return await ImportAsync(source, sink, clock, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Checks the dataset in <paramref name="path"/> as an import's first pass does, without Neo4j (<c>timkg validate</c> on
    /// a dataset folder or GraphML file): every file and row; not the <c>instance_of</c> links, which name concepts in the graph.
    /// </summary>
    public static async Task<DatasetCheck> CheckAsync(string path, string? datasetId, int maxDiagnostics, CancellationToken cancellationToken)
    {
        var sink = new CappedDiagnostics(maxDiagnostics);
        var (folderName, source) = ReadSource(path, datasetId, sink);
        var validated = source is null ? null : await CheckRowsAsync(source, sink, null, cancellationToken).ConfigureAwait(false);
        return new DatasetCheck(source?.Description.Id ?? folderName, sink.Kept, sink.MoreErrors, sink.MoreWarnings, validated?.ActorRows ?? 0, validated?.TieRows ?? 0);
    }

    /// <summary>Whether <paramref name="path"/> is a GraphML file to import alone (otherwise it names a dataset folder).</summary>
    public static bool IsGraphMlFile(string path) => File.Exists(path) && path.EndsWith(".graphml", StringComparison.OrdinalIgnoreCase);

    // The description (dataset.md, or what a GraphML file says of itself) and where the rows are; null after errors.
    private static (string FolderName, NetworkSource? Source) ReadSource(string path, string? datasetId, CappedDiagnostics sink)
    {
        var isGraphMl = IsGraphMlFile(path);
        var folder = isGraphMl ? Path.GetDirectoryName(Path.GetFullPath(path))! : path;
        var folderName = Path.GetFileName(Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar));
        DatasetDescription? description;
        if (isGraphMl)
        {
            var file = $"{folderName}/{Path.GetFileName(path)}";
            if (ImportFiles.OpenOrReport(path, file, sink) is not { } stream) return (folderName, null);
            using var text = new StreamReader(stream, detectEncodingFromByteOrderMarks: true);
            description = GraphMlDescriptionReader.Read(text, file, datasetId ?? Path.GetFileNameWithoutExtension(path), sink);
        }
        else
        {
            var descriptionPath = Path.Combine(folder, "dataset.md");
            if (!File.Exists(descriptionPath))
            {
                sink.Report(Diagnostic.Error(new SourceLocation($"{folderName}/dataset.md", 1, 1), DiagnosticCodes.MissingFile,
                    "no dataset.md in this folder; a dataset folder holds dataset.md + actors.csv + ties.csv (or a GraphML file); " +
                    "a .graphml file exported by timkg export network can also be imported alone"));
                return (folderName, null);
            }
            var file = $"{folderName}/dataset.md";
            if (ImportFiles.ReadDescription(descriptionPath, file, sink) is not { } text) return (folderName, null);
            description = DatasetReader.Read(text, file, sink);
        }
        return (folderName, description is null ? null : new NetworkSource(folder, description));
    }

    // Pass 1, what needs no graph: the files there, UTF-8, every row validated. Null when the files already fail.
    private static async Task<ImportValidator.Result?> CheckRowsAsync(NetworkSource source, CappedDiagnostics sink, IProgress<LoadProgress>? progress,
        CancellationToken cancellationToken)
    {
        foreach (var missing in source.RequiredFiles.Where(f => !File.Exists(source.FullPath(f))))
            sink.Report(Diagnostic.Error(source.Description.At, DiagnosticCodes.MissingFile, $"'{missing}' not found; expected it next to dataset.md"));
        if (sink.HasErrors) return null;
        // The CSV and XML readers would turn a byte that is not UTF-8 into U+FFFD and store it (validate refuses it).
        foreach (var file in source.RequiredFiles) ImportFiles.IsUtf8(source.FullPath(file), file, sink);
        if (sink.HasErrors) return null;
        return await ImportValidator.ValidateAsync(source, sink,
            new Progress<long>(n => progress?.Report(new LoadProgress("validated rows", n, 0))), cancellationToken).ConfigureAwait(false);
    }

    private async Task<ImportOutcome> ImportAsync(NetworkSource source, CappedDiagnostics sink, Stopwatch clock, IProgress<LoadProgress>? progress,
        CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var description = source.Description;

        // Pass 1: validate every row; nothing is written unless all are right.
        var phase = Stopwatch.StartNew();
        if (await CheckRowsAsync(source, sink, progress, cancellationToken).ConfigureAwait(false) is not { } validated) return Failed(description.Id, clock, sink);
        await CheckLinksAsync(description, sink, cancellationToken).ConfigureAwait(false);
        if (sink.HasErrors) return Failed(description.Id, clock, sink);

        // One run of a dataset's import at a time; the state is read under the claim (ImportClaim).
        var claim = await ImportClaim.TakeAsync(client, description.Id, TimeSpan.FromSeconds(settings.ClaimLeaseSeconds), cancellationToken)
            .ConfigureAwait(false);
        await using var claimScope = claim.ConfigureAwait(false); // stops the renewals
        var state = claim.State;
        if (state.OwnedByContent)
        {
            sink.Report(Diagnostic.Error(description.IdAt, DiagnosticCodes.DuplicateId,
                $"dataset '{description.Id}' is loaded from content/; an import must use another id"));
            return Failed(description.Id, clock, sink);
        }
        try
        {
            return await WriteAsync(source, validated, state, claim, sink, clock, phase, progress).ConfigureAwait(false);
        }
        catch
        {
            await claim.ReleaseAsync().ConfigureAwait(false);
            claim.ThrowIfLost(); // the cancellation a lost claim caused, said as what it was
            throw;
        }
    }

    // Writes a validated dataset under its claim: `phase` has timed the validation.
    private async Task<ImportOutcome> WriteAsync(NetworkSource source, ImportValidator.Result validated, DatasetState state, ImportClaim claim,
        CappedDiagnostics sink, Stopwatch clock, Stopwatch phase, IProgress<LoadProgress>? progress)
    {
        var settings = options.Value;
        var description = source.Description with { Regions = validated.Regions }; // with those only the data names
        var cancellationToken = claim.Held;
        var first = !state.Exists;
        if (state.Incomplete) LogRepairing(logger, description.Id, state.Run ?? 0);
        var runId = NextRun(state.Run);
        var validationTime = phase.Elapsed;
        var run = new ImportRun(client, description, runId, claim.Token, source, first, settings);
        // Each phase timed on its own (docs/benchmarks.md compares them with LOAD CSV's). The actors are read and their
        // first batches prepared while the description is written, and ties that fit one batch while the actors are
        // (ImportRun): each phase's time is what remains once the one before it is done. Participations come between
        // the ties inside parts and those between them: while no tie joins two parts, the parts' writers can share them,
        // each part's starting once its own ties inside are written.
        phase.Restart();
        var descriptionTask = run.WriteDescriptionAsync(validated.Timed, cancellationToken);
        var actorsTask = run.WriteActorsAsync(validated, descriptionTask,
            new Progress<long>(n => progress?.Report(new LoadProgress("actors", n, validated.ActorRows))), cancellationToken);
        await AwaitBeforeAsync(descriptionTask, actorsTask).ConfigureAwait(false);
        var descriptionTime = phase.Elapsed;
        phase.Restart();
        var tieProgress = new Progress<long>(n => progress?.Report(new LoadProgress("ties", n, validated.TieRows)));
        var insideTask = run.WriteTiesInsidePartsAsync(validated, actorsTask, tieProgress, cancellationToken);
        await AwaitBeforeAsync(actorsTask, insideTask).ConfigureAwait(false);
        var actors = await actorsTask.ConfigureAwait(false);
        var actorTime = phase.Elapsed;
        phase.Restart();
        var participationsTask = run.WriteParticipationsAsync(validated, new Progress<long>(n => progress?.Report(new LoadProgress("participations", n, 0))), cancellationToken);
        await AwaitBeforeAsync(insideTask, participationsTask).ConfigureAwait(false);
        var inside = await insideTask.ConfigureAwait(false);
        var tieTime = phase.Elapsed;
        phase.Restart();
        var participations = await participationsTask.ConfigureAwait(false);
        var participationTime = phase.Elapsed;
        phase.Restart();
        var ties = inside + await run.WriteTiesBetweenPartsAsync(validated, inside, tieProgress, cancellationToken).ConfigureAwait(false);
        tieTime += phase.Elapsed;
        phase.Restart();
        var stale = first ? 0 : await run.DeleteStaleAsync(CleanupBatch, cancellationToken).ConfigureAwait(false);
        await run.ReleaseSharedAndCompleteAsync(cancellationToken).ConfigureAwait(false);
        var finishTime = phase.Elapsed;
        // Measures someone had written back (timkg analyse) were removed with the replaced properties: write them again.
        if (state.HadMeasures) refresher?.Enqueue(description.Id);

        LogImported(logger, description.Id, actors, ties, participations, stale, (long)clock.Elapsed.TotalMilliseconds);
        return new ImportOutcome(true, description.Id, clock.Elapsed, sink.Kept)
        {
            MoreWarnings = sink.MoreWarnings,
            Run = runId,
            Actors = actors,
            Ties = ties,
            Participations = participations,
            FirstImport = first,
            RepairedIncompleteRun = state.Incomplete,
            StaleDeleted = stale,
            ActorTime = actorTime,
            TieTime = tieTime,
            ValidationTime = validationTime,
            DescriptionTime = descriptionTime,
            ParticipationTime = participationTime,
            FinishTime = finishTime,
        };
    }

    private async Task CheckLinksAsync(DatasetDescription description, IDiagnosticSink sink, CancellationToken cancellationToken)
    {
        // source: and instance_of: name content ids; content is in the graph, so ask it (one round trip).
        var kinds = description.Layers.Where(l => l.InstanceOf is not null).Select(l => l.InstanceOf!).ToList();
        var ids = kinds.Select(k => k.Value).Concat(description.Source is { } s ? [s.Value] : []).Distinct().ToList();
        if (ids.Count == 0) return;
        var results = await client.RunAsync([CypherStatement.Of(
            "UNWIND $ids AS id OPTIONAL MATCH (c:Concept {id: id}) OPTIONAL MATCH (r:Reference {id: id}) RETURN id, c.kind, r IS NOT NULL",
            ("ids", ids))], cancellationToken).ConfigureAwait(false);
        var found = results[0].Rows.ToDictionary(r => (string)r[0]!, r => (Kind: r[1] as string, IsReference: r[2] is true));
        foreach (var kind in kinds.Where(k => found.GetValueOrDefault(k.Value).Kind != "network-kind"))
            sink.Report(Diagnostic.Error(kind.At, DiagnosticCodes.WrongTargetKind, $"instance_of '{kind.Value}' is not a loaded concept of kind 'network-kind'"));
        if (description.Source is { } source && !found.GetValueOrDefault(source.Value).IsReference)
            sink.Report(Diagnostic.Error(source.At, DiagnosticCodes.UnknownId, $"source '{source.Value}' is not a loaded reference"));
    }

    /// <summary>
    /// Awaits <paramref name="task"/>. When it fails, <paramref name="next"/>, the phase that waits for it (or for its
    /// own share of it) before it writes, stops; it is awaited too, so that the fault is reported once, as this phase's
    /// and no write goes on after the import has returned.
    /// </summary>
    private static async Task AwaitBeforeAsync(Task task, Task next)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch
        {
            await next.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }
    }

    private static ImportOutcome Failed(string id, Stopwatch clock, CappedDiagnostics sink) =>
        new(false, id, clock.Elapsed, sink.Kept) { MoreErrors = sink.MoreErrors, MoreWarnings = sink.MoreWarnings };

    // An integer, stamped on millions of elements (one property block each, where a string id took several): the Unix
    // time in seconds, or the previous run + 1 when that is later, so a dataset's run numbers only grow.
    private static long NextRun(long? previous) => Math.Max(DateTimeOffset.UtcNow.ToUnixTimeSeconds(), (previous ?? 0) + 1);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The last import of {Dataset} ({Run}) did not complete; this run repairs it")]
    private static partial void LogRepairing(ILogger logger, string dataset, long run);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Imported {Dataset}: {Actors} actors, {Ties} ties, {Participations} participations, {Stale} stale elements deleted, in {Ms} ms")]
    private static partial void LogImported(ILogger logger, string dataset, long actors, long ties, long participations, long stale, long ms);
}
