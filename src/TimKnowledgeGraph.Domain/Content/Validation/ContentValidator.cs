using TimKnowledgeGraph.Domain.Content.Notes;
using TimKnowledgeGraph.Domain.Diagnostics;
using TimKnowledgeGraph.Domain.GraphModel;

namespace TimKnowledgeGraph.Domain.Content.Validation;

/// <summary>
/// Stage 3: checks the whole corpus and reports every problem (it never stops at the first). Returns the id index
/// that mapping uses to resolve links.
/// </summary>
internal static class ContentValidator
{
    /// <summary>Validates <paramref name="corpus"/>, reporting to <paramref name="sink"/>.</summary>
    public static IdIndex Validate(ContentCorpus corpus, IDiagnosticSink sink)
    {
        var index = DeclareIds(corpus, sink);
        var links = new LinkChecker(index, sink);
        var notesByFile = new Dictionary<string, Note>(StringComparer.Ordinal);
        foreach (var note in corpus.Notes) notesByFile.TryAdd(note.File, note);
        foreach (var note in corpus.Notes) NoteRules.Check(note, index, links, sink, notesByFile);
        foreach (var dataset in corpus.Datasets) DatasetRules.Check(dataset, links, sink);
        CycleCheck.Run(corpus, index, sink);
        return index;
    }

    // Declarations are made in file/line order so a duplicate is always reported at its later occurrence.
    private static IdIndex DeclareIds(ContentCorpus corpus, IDiagnosticSink sink)
    {
        var declarations = new List<(IndexedId Entry, Action<IndexedId>? Then, string? RegionOf)>();
        var index = new IdIndex(corpus.UnreadableNoteIds);

        foreach (var note in corpus.Notes)
        {
            var label = note.Kind switch
            {
                NoteKind.Concept => GraphSchema.Concept,
                NoteKind.Proposition => GraphSchema.Proposition,
                _ => GraphSchema.Critique,
            };
            var concept = note as ConceptNote;
            var name = concept?.Name?.Value ?? (note as CritiqueNote)?.Name?.Value;
            var aliases = concept?.Aliases ?? [];
            declarations.Add((new IndexedId(note.Id, label, note.IdAt, concept?.ConceptKind?.Value), e => index.AddWikiNames(e, note.FileStem, note.File, name, aliases, sink), null));
            // Every item's id, the default ones too (<note>/evidence-<n>): an explicit id equal to another item's default
            // merged the two into one Evidence node, one stance and two claims' edges, without a word.
            for (var i = 0; i < note.Evidence.Count; i++)
            {
                var evidence = note.Evidence[i];
                if (evidence.Id is { } id && !IdLimit.Check(id.Value, id.At, "evidence id", sink)) continue;
                declarations.Add((new IndexedId(evidence.Id?.Value ?? Ids.Evidence(note.Id, i + 1), GraphSchema.Evidence, evidence.Id?.At ?? evidence.At), null, null));
            }
        }
        foreach (var reference in corpus.References.Where(r => IdLimit.Check(r.Id, r.IdAt, "reference key", sink)))
            declarations.Add((new IndexedId(reference.Id, GraphSchema.Reference, reference.IdAt), null, null));
        foreach (var dataset in corpus.Datasets.Select(d => d.Description))
        {
            declarations.Add((new IndexedId(dataset.Id, GraphSchema.Dataset, dataset.IdAt), e => index.AddWikiNames(e, null, dataset.File, dataset.Title?.Value, [], sink), null));
            foreach (var layer in dataset.Layers)
                declarations.Add((new IndexedId(Ids.Network(dataset.Id, layer.Id.Value), GraphSchema.Network, layer.Id.At), null, null));
            foreach (var region in dataset.Regions.Where(r => !r.FromData))
                declarations.Add((new IndexedId(region.Id.Value, GraphSchema.Region, region.Id.At), null, dataset.Id));
        }

        // Regions are shared places: several datasets may declare the same region, but one dataset only once.
        var regionOwners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (entry, then, regionOf) in declarations
                     .OrderBy(d => d.Entry.At.File, StringComparer.Ordinal)
                     .ThenBy(d => d.Entry.At.Line).ThenBy(d => d.Entry.At.Column))
        {
            if (regionOf is not null && index.Get(entry.Id) is { Label: GraphSchema.Region }
                && regionOwners.TryGetValue(entry.Id, out var owner) && owner != regionOf)
                continue;
            if (index.Declare(entry, sink))
            {
                then?.Invoke(entry);
                if (regionOf is not null) regionOwners[entry.Id] = regionOf;
            }
        }

        // Regions only the data names come after every declared one, so that a declaration (with its name) makes the
        // node wherever it stands; of several datasets naming the same undeclared region, the first in order does.
        foreach (var region in corpus.Datasets.SelectMany(d => d.Description.Regions.Where(r => r.FromData)))
            if (index.Get(region.Id.Value) is not { Label: GraphSchema.Region })
                index.Declare(new IndexedId(region.Id.Value, GraphSchema.Region, region.Id.At), sink);

        // Actors and authors last: ids the loader derives, which produced_by may name.
        foreach (var dataset in corpus.Datasets)
            foreach (var actor in dataset.Actors)
                index.DeclareDerived(new IndexedId(Ids.Actor(dataset.Description.Id, actor.Id), GraphSchema.Actor, actor.At));
        foreach (var reference in corpus.References)
            foreach (var author in reference.Authors.Where(a => !a.IsOthers && IdLimit.Check(a.Id, reference.At, "author id (made from the name)", sink)))
                index.DeclareDerived(new IndexedId(author.Id, GraphSchema.Author, reference.At));
        return index;
    }
}
