using System.Globalization;
using TimKnowledgeGraph.Domain.Content.Networks;
using TimKnowledgeGraph.Domain.Content.Notes;
using TimKnowledgeGraph.Domain.Content.References;
using TimKnowledgeGraph.Domain.Content.Validation;
using TimKnowledgeGraph.Domain.GraphModel;
using static TimKnowledgeGraph.Domain.GraphModel.GraphSchema;

namespace TimKnowledgeGraph.Domain.Content.Mapping;

/// <summary>
/// Stage 4: turns the validated corpus into nodes and relationships (the labels, types and properties declared in
/// <c>GraphModel/Shapes.cs</c>; the format is described in <c>content/README.md</c>). Links validation rejected
/// are left out, so the graph never has dangling ends even when the load has errors.
/// </summary>
internal sealed class GraphMapper
{
    private readonly FragmentBuilder _graph;

    private GraphMapper(IdIndex index) => _graph = new FragmentBuilder(index);

    // A load puts the fragments together (GraphBuilder) in this order: references, notes, datasets, each in file order.

    /// <summary>Maps references (e.g. one file's) to a fragment.</summary>
    public static GraphFragment MapReferences(IEnumerable<ReferenceRecord> references, IdIndex index)
    {
        var mapper = new GraphMapper(index);
        foreach (var reference in references) mapper.MapReference(reference);
        return mapper._graph.ToFragment();
    }

    /// <summary>Maps one note to a fragment.</summary>
    public static GraphFragment MapNote(Note note, IdIndex index)
    {
        var mapper = new GraphMapper(index);
        mapper.Map(note);
        return mapper._graph.ToFragment();
    }

    /// <summary>Maps one dataset to a fragment.</summary>
    public static GraphFragment MapDataset(DatasetContent dataset, IdIndex index)
    {
        var mapper = new GraphMapper(index);
        mapper.Map(dataset);
        return mapper._graph.ToFragment();
    }

    private void MapReference(ReferenceRecord reference)
    {
        // A duplicate key was reported; the first declaration is the node.
        if (_graph.Get(reference.Id) is not { Label: Reference } declared || declared.At != reference.IdAt) return;
        // Editors are stored on the node only, not as Author nodes: they did not write the work.
        var node = _graph.Node(Reference, reference.Id, reference.At, [.. reference.Work.StoredProperties()]);
        // BibTeX's "and others" stays in the stored list (read as "et al."); it is nobody's Author node.
        for (var i = 0; i < reference.Authors.Count; i++)
        {
            var name = reference.Authors[i];
            if (name.IsOthers) continue;
            var author = _graph.Node(Author, name.Id, reference.At,
                ("name", name.DisplayName), ("family", name.Family ?? name.Literal), ("given", name.Given));
            _graph.Relationship(Authored, author, node, reference.At, "", ("position", (long)(i + 1)));
        }
    }

    private void Map(Note note)
    {
        if (_graph.Get(note.Id) is not { } declared || declared.At != note.IdAt) return;
        var node = note switch
        {
            ConceptNote c => _graph.Node(Concept, c.Id, c.At,
                ("name", c.Name?.Value), ("kind", c.ConceptKind?.Value), ("aliases", c.Aliases.Select(a => a.Value).ToList()),
                ("summary", c.Summary?.Value), ("year", Long(c.Year)), ("body", c.Body), ("tags", c.Tags)),
            PropositionNote p => _graph.Node(Proposition, p.Id, p.At,
                ("number", Long(p.Number)), ("text", p.Text?.Value), ("body", p.Body), ("tags", p.Tags)),
            CritiqueNote c => _graph.Node(Critique, c.Id, c.At,
                ("name", c.Name?.Value), ("summary", c.Summary?.Value), ("body", c.Body), ("tags", c.Tags)),
            _ => throw new InvalidOperationException($"Unknown note type {note.GetType().Name}."),
        };

        switch (note)
        {
            case ConceptNote c:
                Links(node, MemberOf, c.MemberOf, Concept);
                Links(node, DerivedFrom, c.DerivedFrom, Concept);
                Links(node, IsA, c.IsA, Concept);
                Links(node, MotivatedBy, c.MotivatedBy, Concept, Reference, Critique);
                Links(node, Parallels, c.Parallels, Concept, Reference);
                Links(node, OverlapsWith, c.OverlapsWith, Concept);
                Responses(node, c.RespondsTo);
                break;
            case PropositionNote p:
                Links(node, DerivedFrom, p.DerivedFrom, Concept, Proposition, Reference);
                Links(node, MotivatedBy, p.MotivatedBy, Concept, Proposition, Reference, Critique);
                Links(node, Parallels, p.Parallels, Concept, Proposition, Reference);
                Responses(node, p.RespondsTo);
                break;
            case CritiqueNote c:
                Links(node, Targets, c.Targets, Concept, Proposition, Critique);
                RefLinks(node, RaisedIn, c.RaisedIn);
                Links(node, Specialises, c.Specialises, Critique);
                break;
        }
        RefLinks(node, IntroducedIn, note.IntroducedIn);
        MapCito(note, node);
        foreach (var link in note.ProducedBy)
            if (Resolve(link.Target.Value, Actor, Author, Network) is { } producer)
                _graph.Relationship(Produced, producer, node, link.At, "", Ground(link.Ref, link.Locator, link.Quote));
        MapEvidence(note, node);
        MapBody(note, node);
    }

    private void MapEvidence(Note note, NodeRef claim)
    {
        for (var i = 0; i < note.Evidence.Count; i++)
        {
            var item = note.Evidence[i];
            var type = item.Stance?.Value switch { "supports" => Supports, "challenges" => Challenges, "qualifies" => Qualifies, _ => null };
            if (type is null) continue;
            var id = item.Id?.Value ?? Ids.Evidence(note.Id, i + 1);
            var evidence = _graph.Node(Evidence, id, item.At,
                ("stance", item.Stance!.Value), ("quote", item.Quote?.Value), ("locator", item.Locator?.Value));
            _graph.Relationship(type, evidence, claim, item.At);
            if (item.From is { } from && Resolve(from.Value, Reference, Dataset) is { } source)
                _graph.Relationship(From, evidence, source, from.At);
        }
    }

    private void MapBody(Note note, NodeRef node)
    {
        // One MENTIONS per target node, however often the body links to it (first occurrence as source);
        // a note linking to itself says nothing about the graph.
        foreach (var link in note.WikiLinks)
            if (_graph.ResolveWikiTarget(link.Target) is { } target && target.Node != node)
                _graph.Relationship(Mentions, node, target.Node, link.At);

        // One CITES per key: the locators of all its citations in the note, joined.
        foreach (var group in note.Citations.GroupBy(c => c.Key, StringComparer.Ordinal))
        {
            if (Resolve(group.Key, Reference) is not { } reference) continue;
            var locators = group.Select(c => c.Locator).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            _graph.Relationship(Cites, node, reference, group.First().At, "",
                ("locator", locators.Count == 0 ? null : string.Join("; ", locators)));
        }
    }

    private void Map(DatasetContent content)
    {
        var dataset = content.Description;
        if (_graph.Get(dataset.Id) is not { Label: Dataset } declared || declared.At != dataset.IdAt) return;
        var waves = NetworkTime.WavePositions(dataset.Waves);
        var timed = content.Ties.Any(t => t.Time.Any) || content.Actors.Any(a => a.Time.Any && a.Layers.Count > 0);
        var node = _graph.Node(DatasetShape.Label, dataset.Id, dataset.At,
            (DatasetShape.Title, dataset.Title?.Value), (DatasetShape.Source, dataset.Source?.Value), (DatasetShape.Locator, dataset.Locator?.Value),
            (DatasetShape.Body, dataset.Body),
            (DatasetShape.Waves, NetworkTime.WaveIds(dataset.Waves)), (DatasetShape.WaveNames, NetworkTime.WaveNames(dataset.Waves)),
            (DatasetShape.Timed, timed ? true : null));

        var networks = new Dictionary<string, NodeRef>(StringComparer.Ordinal);
        foreach (var layer in dataset.Layers)
        {
            var network = _graph.Node(NetworkShape.Label, Ids.Network(dataset.Id, layer.Id.Value), layer.At,
                (NetworkShape.Name, layer.Name?.Value), (NetworkShape.Scale, layer.Scale?.Value), (NetworkShape.Nature, layer.Nature?.Value),
                (NetworkShape.Formality, layer.Formality?.Value), (NetworkShape.Dataset, dataset.Id), (NetworkShape.Layer, layer.Id.Value),
                (NetworkShape.Directed, layer.IsDirected ? true : null));
            networks.TryAdd(layer.Id.Value, network);
            _graph.Relationship(ContainsShape.Type, node, network, layer.At);
            if (layer.InstanceOf is { } kind && _graph.Get(kind.Value) is { Label: Concept, ConceptKind: "network-kind" } concept)
                _graph.Relationship(InstanceOf, network, concept.Node, kind.At);
        }

        var regions = new Dictionary<string, NodeRef>(StringComparer.Ordinal);
        foreach (var region in dataset.Regions)
        {
            // Regions are shared: a second dataset naming the same region links to the node the first created. A
            // region only this dataset's data names links to the node of the declaration that won, if another did.
            if (_graph.Get(region.Id.Value) is not { Label: Region } declaredRegion) continue;
            regions.TryAdd(region.Id.Value, region.FromData && declaredRegion.At != region.Id.At
                ? new NodeRef(RegionShape.Label, declaredRegion.Id)
                : _graph.Node(RegionShape.Label, declaredRegion.Id, region.At, (RegionShape.Name, region.Name?.Value)));
        }

        var actors = new Dictionary<string, NodeRef>(StringComparer.Ordinal);
        foreach (var row in content.Actors)
        {
            if (actors.ContainsKey(row.Id)) continue;
            var actor = _graph.Node(ActorShape.Label, Ids.Actor(dataset.Id, row.Id), row.At,
                (ActorShape.Name, row.Name), (ActorShape.Kind, row.Kind), (ActorShape.Dataset, dataset.Id), (ActorShape.LocalId, row.Id));
            actors[row.Id] = actor;
            if (row.Region is { } region && regions.TryGetValue(region, out var place))
                _graph.Relationship(LocatedInShape.Type, actor, place, row.LocationOf("region"));
            // A listed participation comes first, so the graph keeps it (with its time) over those the ties imply.
            var time = NetworkTime.Read(row, row.Time, waves, IgnoringSink.Instance) ?? NetworkTime.Timeless;
            foreach (var layer in row.Layers)
                if (networks.TryGetValue(layer, out var network))
                    _graph.Relationship(ParticipatesInShape.Type, actor, network, row.LocationOf("layers"), "",
                        [(ParticipatesInShape.Listed, true), .. Time(time)]);
        }

        foreach (var tie in content.Ties)
        {
            if (!actors.TryGetValue(tie.Source, out var source) || !actors.TryGetValue(tie.Target, out var target)
                || !networks.TryGetValue(tie.Layer, out var network) || !tie.TryGetWeight(out var weight))
                continue;
            // A tie whose time is wrong was reported (TKG036-038) and is left out, as one with a bad weight.
            if (NetworkTime.Read(tie, tie.Time, waves, IgnoringSink.Instance) is not { } time) continue;
            // Key = layer (+ wave and start): parallel ties in different layers, waves or spells stay distinct.
            _graph.Relationship(TieShape.Type, source, target, tie.At, TieShape.Key(tie.Layer, time.Wave, time.ValidFrom),
                [(TieShape.Network, network.Id), (TieShape.Resource, tie.Resource), (TieShape.Weight, weight), .. Time(time)]);
            _graph.Relationship(ParticipatesInShape.Type, source, network, tie.At);
            _graph.Relationship(ParticipatesInShape.Type, target, network, tie.At);
        }
    }

    private static (string, object?)[] Time(NetworkTime time) =>
    [
        (CommonProperties.ValidFrom, time.ValidFrom), (CommonProperties.ValidTo, time.ValidTo),
        (CommonProperties.Wave, time.Wave), (CommonProperties.WaveIndex, time.WaveIndex),
    ];

    // Validation reported the time's problems; the mapper only needs the values.
    private sealed class IgnoringSink : Diagnostics.IDiagnosticSink
    {
        public static readonly IgnoringSink Instance = new();

        public void Report(Diagnostics.Diagnostic diagnostic) { }
    }

    // Every typed link keeps its ground (locator, quote) as relationship properties; absent ones are left out.
    private void Links(NodeRef from, string type, IEnumerable<IdLink> links, params string[] labels)
    {
        foreach (var link in links)
            if (Resolve(link.Target.Value, labels) is { } to)
                _graph.Relationship(type, from, to, link.At, "", Ground(link.Ref, link.Locator, link.Quote));
    }

    private void RefLinks(NodeRef from, string type, IEnumerable<RefLink> links)
    {
        foreach (var link in links)
            if (Resolve(link.Ref.Value, Reference) is { } to)
                _graph.Relationship(type, from, to, link.At, "", Ground(null, link.Locator, link.Quote));
    }

    private void Responses(NodeRef from, IEnumerable<ResponseLink> responses)
    {
        foreach (var response in responses)
            if (Resolve(response.Critique.Value, Critique) is { } to)
                _graph.Relationship(RespondsTo, from, to, response.At, "",
                    ("how", response.How?.Value), ("locator", response.Locator?.Value), ("quote", response.Quote?.Value));
    }

    // A CiTO item becomes the fixed relationship type of its relation (CitoRelations), never a type from the text.
    private void MapCito(Note note, NodeRef node)
    {
        foreach (var link in note.Cito)
        {
            if (link.Relation is null || CitoRelations.Find(link.Relation.Value) is not { } relation) continue;
            var citing = link.From is { } from ? Resolve(from.Value, Reference) : node;
            if (citing is null || Resolve(link.Ref.Value, Reference) is not { } cited) continue;
            _graph.Relationship(relation.Type, citing.Value, cited, link.At, "",
                ("cito", relation.Name), ("locator", link.Locator?.Value), ("quote", link.Quote?.Value));
        }
    }

    private static (string, object?)[] Ground(Scalar? reference, Scalar? locator, Scalar? quote) =>
        [("ref", reference?.Value), ("locator", locator?.Value), ("quote", quote?.Value)];

    private NodeRef? Resolve(string id, params string[] labels) =>
        _graph.Get(id) is { } found && labels.Contains(found.Label) ? found.Node : null;

    private static long? Long(Scalar? value) =>
        value is not null && long.TryParse(value.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;
}
