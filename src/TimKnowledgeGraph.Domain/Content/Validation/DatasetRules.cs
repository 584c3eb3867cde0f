using TimKnowledgeGraph.Domain.Content.Networks;
using TimKnowledgeGraph.Domain.Diagnostics;
using static TimKnowledgeGraph.Domain.GraphModel.GraphSchema;

namespace TimKnowledgeGraph.Domain.Content.Validation;

/// <summary>The rules for one network dataset: its description, actors and ties.</summary>
internal static class DatasetRules
{
    /// <summary>Checks a dataset; ties are checked against the dataset's own actors and layers.</summary>
    public static void Check(DatasetContent dataset, LinkChecker links, IDiagnosticSink sink)
    {
        var description = dataset.Description;
        DatasetIdRule.Check(description, sink);
        if (description.Source is { } source) links.Check(source, "source", Reference);
        foreach (var layer in description.Layers) CheckLayer(layer, links, sink);

        var layers = description.Layers.Select(l => l.Id.Value).ToHashSet(StringComparer.Ordinal);
        var waves = NetworkTime.WavePositions(description.Waves);
        var actors = new Dictionary<string, ActorRow>(StringComparer.Ordinal);
        var reportedKinds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var actor in dataset.Actors)
        {
            if (!actors.TryAdd(actor.Id, actor))
            {
                sink.Report(Diagnostic.Error(actor.LocationOf("id"), DiagnosticCodes.DuplicateId,
                    $"actor '{actor.Id}' is already declared at {actors[actor.Id].At}; actor ids must be unique in a dataset"));
                continue;
            }
            NetworkVocabulary.CheckActor(actor, reportedKinds, sink); // its region is one of the description's (RegionsFromData)
            foreach (var layer in actor.Layers.Where(l => !layers.Contains(l)))
                ReportUnknownLayer(layer, actor.LocationOf("layers"), layers, sink);
            NetworkTime.Read(actor, actor.Time, waves, sink);
        }

        // One tie per (source, target, layer, wave, from): a pair may have several spells or waves in a layer.
        var seen = new Dictionary<(string, string, string, string?, string?), TieRow>();
        foreach (var tie in dataset.Ties)
        {
            foreach (var (end, column) in new[] { (tie.Source, "source"), (tie.Target, "target") })
            {
                if (actors.ContainsKey(end)) continue;
                sink.Report(Diagnostic.Error(tie.LocationOf(column), DiagnosticCodes.UnknownActor,
                    $"tie {column} '{end}' is not an actor of dataset '{description.Id}'",
                    EditDistance.Hint(end, actors.Keys)));
            }
            if (!layers.Contains(tie.Layer)) ReportUnknownLayer(tie.Layer, tie.LocationOf("layer"), layers, sink);
            if (tie.WeightProblem() is { } problem) sink.Report(problem);
            var time = NetworkTime.Read(tie, tie.Time, waves, sink);
            var key = (tie.Source, tie.Target, tie.Layer, tie.Time.Wave, time?.ValidFrom ?? tie.Time.From);
            if (!seen.TryAdd(key, tie)) sink.Report(tie.Repeats(seen[key].At));
        }
    }

    private static void CheckLayer(LayerDeclaration layer, LinkChecker links, IDiagnosticSink sink)
    {
        NetworkVocabulary.CheckLayer(layer, sink);
        if (layer.InstanceOf is { } kindId && links.Check(kindId, "instance_of", Concept) is { } concept
            && concept.ConceptKind != "network-kind")
        {
            sink.Report(Diagnostic.Error(kindId.At, DiagnosticCodes.WrongTargetKind,
                $"instance_of '{kindId.Value}' is a concept of kind '{concept.ConceptKind}'; expected a concept of kind 'network-kind'"));
        }
    }

    private static void ReportUnknownLayer(string layer, SourceLocation at, IReadOnlyCollection<string> layers, IDiagnosticSink sink) =>
        sink.Report(Diagnostic.Error(at, DiagnosticCodes.UnknownLayer,
            $"layer '{layer}' is not declared under 'layers' in dataset.md (declared: {string.Join(", ", layers)})",
            EditDistance.Hint(layer, layers)));
}
