using TimKnowledgeGraph.Domain.Content;
using TimKnowledgeGraph.Domain.Content.Networks;
using TimKnowledgeGraph.Domain.Content.Validation;
using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Graph.Import;

/// <summary>
/// Pass 1 of an import: streams every row once and reports what content validation would (TKG010-TKG038), with
/// file:line, without writing anything. Keeps only the actor ids (and their layers), never the rows.
/// </summary>
internal static class ImportValidator
{
    /// <summary>What the write pass needs from validation.</summary>
    /// <param name="Actors">Actor local id → dense index (for the participation set).</param>
    /// <param name="Layers">Layer ids in declaration order.</param>
    /// <param name="ActorRows">Actor rows read.</param>
    /// <param name="TieRows">Tie rows read.</param>
    /// <param name="Regions">Every region, one per id: those dataset.md declares, then those only the data names (<see cref="RegionsFromData"/>).</param>
    /// <param name="ActorRegions">Per actor index, the index of its region in <paramref name="Regions"/>, or -1.</param>
    /// <param name="Timed">Whether any tie or listed participation carries a from, to or wave.</param>
    /// <param name="TieParticipations">
    /// The (actor, layer) pairs ties imply (<see cref="ParticipationPair"/>): known before anything is
    /// written, so that participations can be written before the ties between parts (ImportRun).
    /// </param>
    public sealed record Result(Dictionary<string, int> Actors, IReadOnlyList<string> Layers, long ActorRows, long TieRows,
        IReadOnlyList<RegionDeclaration> Regions, IReadOnlyList<int> ActorRegions, bool Timed, HashSet<long> TieParticipations);

    /// <summary>Validates the dataset's description and rows.</summary>
    public static async Task<Result> ValidateAsync(NetworkSource source, IDiagnosticSink sink, IProgress<long>? rows, CancellationToken cancellationToken)
    {
        using var hints = EditDistance.LimitHints();
        var description = source.Description;
        DatasetIdRule.Check(description, sink);
        // Content validation finds these with every other id of the corpus; an import has only its own to compare.
        ReportRepeatedIds(description.Layers.Select(l => l.Id), "layer", sink);
        ReportRepeatedIds(description.Regions.Select(r => r.Id), "region", sink);
        var layers = description.Layers.Select(l => l.Id.Value).Distinct(StringComparer.Ordinal).ToList();
        var layerIndex = layers.Select((id, index) => (id, index)).ToDictionary(l => l.id, l => l.index, StringComparer.Ordinal);
        var regions = new RegionsFromData(description);
        foreach (var layer in description.Layers) NetworkVocabulary.CheckLayer(layer, sink);

        var waves = NetworkTime.WavePositions(description.Waves);
        var timed = false;
        var actors = new Dictionary<string, int>(StringComparer.Ordinal);
        var actorRegions = new List<int>();
        var reportedKinds = new HashSet<string>(StringComparer.Ordinal);
        var tieParticipations = new HashSet<long>();
        var firstTies = new Dictionary<(long Ends, long LayerAndTime), SourceLocation>();
        long actorRows = 0, tieRows = 0;
        await foreach (var actor in source.ActorsAsync(sink, cancellationToken).ConfigureAwait(false))
        {
            if (++actorRows % 50_000 == 0) rows?.Report(actorRows);
            if (actors.TryAdd(actor.Id, actors.Count))
            {
                actorRegions.Add(regions.Locate(actor, sink));
            }
            else
            {
                sink.Report(Diagnostic.Error(actor.LocationOf("id"), DiagnosticCodes.DuplicateId,
                    $"actor '{actor.Id}' is declared twice; actor ids must be unique in a dataset"));
            }
            NetworkVocabulary.CheckActor(actor, reportedKinds, sink);
            foreach (var layer in actor.Layers.Where(l => !layerIndex.ContainsKey(l))) UnknownLayer(layer, actor.LocationOf("layers"), layers, sink);
            timed |= NetworkTime.Read(actor, actor.Time, waves, sink) is { IsTimed: true } && actor.Layers.Count > 0;
        }

        await foreach (var tie in source.TiesAsync(sink, cancellationToken).ConfigureAwait(false))
        {
            if (++tieRows % 50_000 == 0) rows?.Report(actorRows + tieRows);
            var knownSource = actors.TryGetValue(tie.Source, out var from);
            var knownTarget = actors.TryGetValue(tie.Target, out var to);
            if (!knownSource) UnknownActor(tie, tie.Source, "source", description.Id, sink);
            if (!knownTarget) UnknownActor(tie, tie.Target, "target", description.Id, sink);
            if (layerIndex.TryGetValue(tie.Layer, out var layer))
            {
                // Bounded by actors × layers, however many ties.
                if (knownSource) tieParticipations.Add(ParticipationPair.Of(from, layer, layers.Count));
                if (knownTarget) tieParticipations.Add(ParticipationPair.Of(to, layer, layers.Count));
            }
            else
            {
                UnknownLayer(tie.Layer, tie.LocationOf("layer"), layers, sink);
            }
            if (tie.WeightProblem() is { } problem) sink.Report(problem);
            var time = NetworkTime.Read(tie, tie.Time, waves, sink);
            timed |= time is { IsTimed: true };
            if (knownSource && knownTarget && layerIndex.TryGetValue(tie.Layer, out var tieLayer))
                ReportRepeat(tie, RepeatKey(from, to, tieLayer, tie.Time.Wave, time?.ValidFrom ?? tie.Time.From), firstTies, sink);
        }
        rows?.Report(actorRows + tieRows);
        return new Result(actors, layers, actorRows, tieRows, regions.All, actorRegions, timed, tieParticipations);
    }

    // As content validation does (TKG034, keyed by source, target, layer, wave and from), with the ends and layer as
    // numbers and the time as a hash, so that a million ties cost tens of MB: the import keeps the first as well.
    // (Two different times of one pair and layer whose 32-bit hashes collide would be called a repeat: rare enough.)
    private static (long, long) RepeatKey(int source, int target, int layer, string? wave, string? from) =>
        (((long)source << 32) | (uint)target, ((long)layer << 32) | (uint)HashCode.Combine(wave, from));

    private static void ReportRepeat(TieRow tie, (long, long) key, Dictionary<(long, long), SourceLocation> firstTies, IDiagnosticSink sink)
    {
        if (!firstTies.TryAdd(key, tie.At)) sink.Report(tie.Repeats(firstTies[key]));
    }

    private static void ReportRepeatedIds(IEnumerable<Scalar> ids, string what, IDiagnosticSink sink)
    {
        var first = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var id in ids.Where(id => !first.TryAdd(id.Value, id.At)))
            sink.Report(Diagnostic.Error(id.At, DiagnosticCodes.DuplicateId,
                $"{what} '{id.Value}' is already declared at {first[id.Value]}; {what} ids must be unique in a dataset"));
    }

    // No edit-distance hint here: comparing with 100k actor ids per bad row would make a broken file very slow.
    private static void UnknownActor(TieRow tie, string end, string column, string dataset, IDiagnosticSink sink) =>
        sink.Report(Diagnostic.Error(tie.LocationOf(column), DiagnosticCodes.UnknownActor, $"tie {column} '{end}' is not an actor of dataset '{dataset}'"));

    private static void UnknownLayer(string layer, SourceLocation at, IReadOnlyCollection<string> layers, IDiagnosticSink sink) =>
        sink.Report(Diagnostic.Error(at, DiagnosticCodes.UnknownLayer,
            $"layer '{layer}' is not declared under 'layers' in dataset.md (declared: {string.Join(", ", layers)})", EditDistance.Hint(layer, layers)));
}
