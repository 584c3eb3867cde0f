using System.Xml;
using System.Xml.Linq;
using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Graph.Networks;

namespace TimKnowledgeGraph.Graph.Exports;

/// <summary>
/// Writes a network dataset as GEXF 1.3 for Gephi, streamed (nodes, then edges as the ties arrive): nodes labelled by
/// name with kind/region attributes; one edge per TIE, from its source to its target, with its weight, labelled and typed (<c>kind</c>) by layer
/// so that parallel ties in different layers stay distinct edges in Gephi's multigraph, and layer, scale, nature,
/// formality, resource and tieKey as declared edge attributes (not "key": NetworkX's read_gexf passes edge attributes to add_edge, where "key" is the multigraph key). Every actor is
/// a node, isolates included, by its local id; node attribute layers lists the layers it participates in (';'-separated).
/// A dataset with time is <c>mode="dynamic"</c>, so Gephi's timeline plays it: with dates, <c>timeformat="date"</c> and
/// each timed edge (and node, from its listed participations) has <c>start</c>/<c>end</c> (inclusive; an open side left
/// out); with waves only, <c>timeformat="integer"</c> and start = end = the wave's position. Elements without time exist
/// throughout. The wave id is also an attribute <c>wave</c>.
/// Direction (<see cref="EdgeType"/>): a graph with a directed layer is <c>defaultedgetype="directed"</c>, and then
/// an undirected layer's edges are <c>type="mutual"</c>; a graph with none is <c>defaultedgetype="undirected"</c>.
/// </summary>
public static class GexfWriter
{
    /// <summary>The GEXF 1.3 namespace.</summary>
    public static readonly XNamespace Ns = "http://gexf.net/1.3";

    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    private const string Layers = "layers";

    private static readonly string[] NodeAttributes = [.. NetworkExport.NodeAttributes.Select(a => a.Name), Layers];

    private static readonly string[] EdgeAttributes = [.. NetworkExport.EdgeAttributes.Select(a => a.Name)];

    /// <summary>The GEXF document of a dataset held in memory.</summary>
    public static XDocument Write(NetworkDataset dataset) => NetworkExport.InMemory(dataset, WriteAsync);

    /// <summary>Writes the dataset to <paramref name="sink"/> as its ties arrive.</summary>
    public static Task WriteAsync(StreamedNetwork network, ByteSink sink, CancellationToken cancellationToken) =>
        NetworkExport.StreamAsync(network, sink, WriteAsync, cancellationToken);

    private static async Task WriteAsync(XmlWriter xml, StreamedNetwork network, Func<ValueTask> pause)
    {
        var dataset = network.Dataset;
        // "date" when anything has dates, "integer" (wave positions) when only waves, none when the dataset is timeless.
        var clock = network.Time.Dates ? "date" : network.Time.WaveIndexes ? "integer" : null;
        var waves = dataset.Waves.Count > 0 || network.Time.Waves;
        var layers = dataset.Layers.ToDictionary(l => l.Id, StringComparer.Ordinal);
        xml.WriteStartDocument();
        xml.WriteStartElement("gexf", Ns.NamespaceName);
        xml.WriteAttributeString("xmlns", "xsi", null, Xsi.NamespaceName);
        xml.WriteAttributeString("xsi", "schemaLocation", Xsi.NamespaceName, "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd");
        xml.WriteAttributeString("version", "1.3");
        xml.WriteStartElement("meta", Ns.NamespaceName);
        xml.WriteElementString("creator", Ns.NamespaceName, "TimKnowledgeGraph");
        xml.WriteElementString("description", Ns.NamespaceName,
            XmlExport.Safe(string.Join("\n\n", new[] { dataset.Title ?? dataset.Id, dataset.Body }.Where(t => !string.IsNullOrWhiteSpace(t)))));
        xml.WriteEndElement();
        xml.WriteStartElement("graph", Ns.NamespaceName);
        var directed = dataset.Layers.Any(l => l.Directed);
        xml.WriteAttributeString("defaultedgetype", directed ? "directed" : "undirected");
        xml.WriteAttributeString("mode", clock is null ? "static" : "dynamic");
        if (clock is not null) xml.WriteAttributeString("timeformat", clock);
        Attributes(xml, "node", waves ? [.. NodeAttributes, CommonProperties.Wave] : NodeAttributes);
        Attributes(xml, "edge", waves ? [.. EdgeAttributes, CommonProperties.Wave] : EdgeAttributes);

        xml.WriteStartElement("nodes", Ns.NamespaceName);
        foreach (var actor in dataset.Actors)
        {
            xml.WriteStartElement("node", Ns.NamespaceName);
            Attr(xml, "id", actor.Id);
            Attr(xml, "label", actor.Name ?? actor.Id);
            Spell(xml, clock, actor.Time);
            AttValues(xml, [.. NetworkExport.NodeAttributes.Select(a => (a.Name, a.Value(actor))),
                (Layers, actor.Layers.Count == 0 ? null : string.Join(';', actor.Layers)), (CommonProperties.Wave, actor.Time.Wave)]);
            xml.WriteEndElement();
            await pause().ConfigureAwait(false);
        }
        xml.WriteEndElement();

        xml.WriteStartElement("edges", Ns.NamespaceName);
        var index = 0;
        await foreach (var tie in network.Ties.ConfigureAwait(false))
        {
            var layer = layers.GetValueOrDefault(tie.Layer);
            xml.WriteStartElement("edge", Ns.NamespaceName);
            xml.WriteAttributeString("id", NetworkExport.EdgeId(index++));
            Attr(xml, "type", EdgeType(directed, layer));
            Attr(xml, "source", tie.Source);
            Attr(xml, "target", tie.Target);
            Attr(xml, "kind", tie.Layer);
            Attr(xml, "label", layer?.Name ?? tie.Layer);
            xml.WriteAttributeString("weight", NetworkExport.Number(tie.Weight));
            Spell(xml, clock, tie.Time);
            AttValues(xml, [.. NetworkExport.EdgeAttributes.Select(a => (a.Name, a.Value(tie, layer))), (CommonProperties.Wave, tie.Time.Wave)]);
            xml.WriteEndElement();
            await pause().ConfigureAwait(false);
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>
    /// An edge's <c>type</c>, when it differs from the graph's <c>defaultedgetype</c>: <c>mutual</c> (both ways) for a tie
    /// of a layer not declared directed in a graph that has a directed layer. Not <c>undirected</c>: NetworkX 3.6's
    /// read_gexf raises on an undirected edge in a directed graph (and on a directed one in an undirected graph), so a
    /// mixed graph is directed and its undirected ties are mutual, which Gephi shows as ties both ways and NetworkX reads
    /// as an arc each way. Whether every layer is directed or none, the default says it and no edge has a type.
    /// </summary>
    private static string? EdgeType(bool directedGraph, NetworkLayer? layer) =>
        directedGraph && layer?.Directed != true ? "mutual" : null;

    private static void Spell(XmlWriter xml, string? clock, NetworkSpell time)
    {
        if (clock == "date")
        {
            Attr(xml, "start", time.ValidFrom);
            Attr(xml, "end", time.ValidTo);
        }
        else if (clock == "integer" && time.WaveIndex is { } index)
        {
            var position = index.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Attr(xml, "start", position);
            Attr(xml, "end", position);
        }
    }

    private static void Attr(XmlWriter xml, string name, string? value)
    {
        if (value is not null) xml.WriteAttributeString(name, XmlExport.Safe(value));
    }

    private static void Attributes(XmlWriter xml, string forClass, IEnumerable<string> names)
    {
        xml.WriteStartElement("attributes", Ns.NamespaceName);
        xml.WriteAttributeString("class", forClass);
        xml.WriteAttributeString("mode", "static");
        foreach (var name in names)
        {
            xml.WriteStartElement("attribute", Ns.NamespaceName);
            xml.WriteAttributeString("id", name);
            xml.WriteAttributeString("title", name);
            xml.WriteAttributeString("type", "string");
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void AttValues(XmlWriter xml, IEnumerable<(string For, string? Value)> values)
    {
        var present = values.Where(v => v.Value is not null).ToList();
        if (present.Count == 0) return;
        xml.WriteStartElement("attvalues", Ns.NamespaceName);
        foreach (var (name, value) in present)
        {
            xml.WriteStartElement("attvalue", Ns.NamespaceName);
            xml.WriteAttributeString("for", name);
            xml.WriteAttributeString("value", XmlExport.Safe(value!));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }
}
