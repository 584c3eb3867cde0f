using System.Xml.Linq;
using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Graph.Networks;

namespace TimKnowledgeGraph.Graph.Exports;

/// <summary>
/// Writes a network dataset as GEXF 1.3 for Gephi: nodes labelled by name with kind/region attributes; one directed edge
/// per TIE with its weight, labelled and typed (<c>kind</c>) by layer so that parallel ties in different layers stay
/// distinct edges in Gephi's multigraph, and layer, scale, nature, formality, resource and tieKey as declared edge attributes
/// (not "key": NetworkX's read_gexf passes edge attributes to add_edge, where "key" is the multigraph key). Every actor is
/// a node, isolates included, by its local id; node attribute layers lists the layers it participates in (';'-separated).
/// A dataset with time is <c>mode="dynamic"</c>, so Gephi's timeline plays it: with dates, <c>timeformat="date"</c> and
/// each timed edge (and node, from its listed participations) has <c>start</c>/<c>end</c> (inclusive; an open side left
/// out); with waves only, <c>timeformat="integer"</c> and start = end = the wave's position. Elements without time exist
/// throughout. The wave id is also an attribute <c>wave</c>.
/// </summary>
public static class GexfWriter
{
    /// <summary>The GEXF 1.3 namespace.</summary>
    public static readonly XNamespace Ns = "http://gexf.net/1.3";

    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    private const string Layers = "layers";

    private static readonly string[] NodeAttributes = [.. NetworkExport.NodeAttributes.Select(a => a.Name), Layers];

    private static readonly string[] EdgeAttributes = [.. NetworkExport.EdgeAttributes.Select(a => a.Name)];

    /// <summary>The GEXF document.</summary>
    public static XDocument Write(NetworkDataset dataset)
    {
        var clock = Clock(dataset);
        var waves = dataset.Waves.Count > 0 || dataset.Ties.Any(t => t.Time.Wave is not null);
        var layers = dataset.Layers.ToDictionary(l => l.Id, StringComparer.Ordinal);
        var nodes = new XElement(Ns + "nodes");
        foreach (var actor in NetworkExport.Nodes(dataset))
        {
            nodes.Add(new XElement(Ns + "node",
                new XAttribute("id", actor.Id), new XAttribute("label", actor.Name ?? actor.Id),
                AttValues([.. NetworkExport.NodeAttributes.Select(a => (a.Name, a.Value(actor))),
                    (Layers, actor.Layers.Count == 0 ? null : string.Join(';', actor.Layers)), (CommonProperties.Wave, actor.Time.Wave)]),
                Spell(clock, actor.Time)));
        }
        var edges = new XElement(Ns + "edges");
        for (var i = 0; i < dataset.Ties.Count; i++)
        {
            var tie = dataset.Ties[i];
            var layer = layers.GetValueOrDefault(tie.Layer);
            edges.Add(new XElement(Ns + "edge",
                new XAttribute("id", NetworkExport.EdgeId(i)), new XAttribute("source", tie.Source), new XAttribute("target", tie.Target),
                new XAttribute("kind", tie.Layer), new XAttribute("label", layer?.Name ?? tie.Layer),
                new XAttribute("weight", NetworkExport.Number(tie.Weight)),
                AttValues([.. NetworkExport.EdgeAttributes.Select(a => (a.Name, a.Value(tie, layer))), (CommonProperties.Wave, tie.Time.Wave)]),
                Spell(clock, tie.Time)));
        }
        var graph = new XElement(Ns + "graph",
            new XAttribute("defaultedgetype", "directed"), new XAttribute("mode", clock is null ? "static" : "dynamic"),
            clock is null ? null : new XAttribute("timeformat", clock),
            Attributes("node", waves ? [.. NodeAttributes, CommonProperties.Wave] : NodeAttributes),
            Attributes("edge", waves ? [.. EdgeAttributes, CommonProperties.Wave] : EdgeAttributes),
            nodes, edges);
        var root = new XElement(Ns + "gexf",
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
            new XAttribute(Xsi + "schemaLocation", "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"),
            new XAttribute("version", "1.3"),
            new XElement(Ns + "meta", new XElement(Ns + "creator", "TimKnowledgeGraph"),
                new XElement(Ns + "description", string.Join("\n\n", new[] { dataset.Title ?? dataset.Id, dataset.Body }.Where(t => !string.IsNullOrWhiteSpace(t))))),
            graph);
        return new XDocument(new XDeclaration("1.0", "UTF-8", null), root);
    }

    // "date" when anything has dates, "integer" (wave positions) when only waves, null when the dataset is timeless.
    private static string? Clock(NetworkDataset dataset)
    {
        var spells = dataset.Ties.Select(t => t.Time).Concat(dataset.Actors.Select(a => a.Time)).ToList();
        if (spells.Any(s => s.HasDates)) return "date";
        return spells.Any(s => s.WaveIndex is not null) ? "integer" : null;
    }

    private static XAttribute[] Spell(string? clock, NetworkSpell time) => clock switch
    {
        "date" => [.. new[] { Attr("start", time.ValidFrom), Attr("end", time.ValidTo) }.OfType<XAttribute>()],
        "integer" when time.WaveIndex is { } index =>
            [new XAttribute("start", index.ToString(System.Globalization.CultureInfo.InvariantCulture)),
             new XAttribute("end", index.ToString(System.Globalization.CultureInfo.InvariantCulture))],
        _ => [],
    };

    private static XAttribute? Attr(string name, string? value) => value is null ? null : new XAttribute(name, value);

    private static XElement Attributes(string forClass, IEnumerable<string> names) =>
        new(Ns + "attributes", new XAttribute("class", forClass), new XAttribute("mode", "static"),
            names.Select(n => new XElement(Ns + "attribute", new XAttribute("id", n), new XAttribute("title", n), new XAttribute("type", "string"))));

    private static XElement? AttValues(IEnumerable<(string For, string? Value)> values)
    {
        var present = values.Where(v => v.Value is not null).ToList();
        return present.Count == 0 ? null : new XElement(Ns + "attvalues",
            present.Select(v => new XElement(Ns + "attvalue", new XAttribute("for", v.For), new XAttribute("value", v.Value!))));
    }
}
