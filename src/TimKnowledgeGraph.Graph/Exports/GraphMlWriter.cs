using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Graph.Networks;

namespace TimKnowledgeGraph.Graph.Exports;

/// <summary>
/// Writes a network dataset as GraphML, streamed (nodes, then edges as the ties arrive): directed, as loaded; one edge
/// per TIE, parallel edges kept; every actor a node, isolates included; by the dataset's local ids so that <c>timkg import</c> of the file alone gives the dataset back
/// (GraphMlDescriptionReader). Graph data: title, description (its dataset.md's free text), and the dataset's <c>layers</c> and <c>regions</c> as JSON (a layer or
/// region no edge names would otherwise be lost; a directed layer has <c>"directed": "true"</c>: the graph is directed for
/// every layer, since NetworkX refuses undirected edges in a directed graph). Node data: label, name, kind, region, regionName, layers (';'-separated,
/// as in actors.csv: the layers its row lists; those its ties imply come back from the edges). Edge data: layer and its
/// name/scale/nature/formality, resource, weight, tieKey (not "key": NetworkX reads an edge attribute "key" as its
/// multigraph key); for a dataset with time, graph data waves (JSON: id, and name when declared) and node and edge data from, to (ISO dates), wave and
/// waveIndex. Every attribute is declared with a <c>&lt;key&gt;</c> so yEd,
/// Gephi, NetworkX and igraph read them typed.
/// </summary>
public static class GraphMlWriter
{
    /// <summary>The GraphML namespace.</summary>
    public static readonly XNamespace Ns = "http://graphml.graphdrawing.org/xmlns";

    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    private static readonly (string Id, string For, string Name, string Type)[] Keys =
    [
        ("g_title", "graph", "title", "string"),
        ("g_description", "graph", "description", "string"),
        ("g_layers", "graph", "layers", "string"),
        ("g_regions", "graph", "regions", "string"),
        ("n_label", "node", "label", "string"),
        .. NetworkExport.NodeAttributes.Select(a => (NodeKey(a.Name), "node", a.Name, "string")),
        ("n_layers", "node", "layers", "string"),
        .. NetworkExport.EdgeAttributes.Select(a => (EdgeKey(a.Name), "edge", a.Name, "string")),
        ("e_weight", "edge", TieShape.Weight, "double"),
    ];

    // Declared only when the dataset has time, so an untimed export stays as it was. The names are the CSV columns
    // (from, to, wave) so that timkg import reads them back; dates are written as stored (ISO), the same times again.
    private static readonly (string Id, string For, string Name, string Type)[] TimeKeys =
    [
        ("g_waves", "graph", "waves", "string"),
        ("n_from", "node", "from", "string"),
        ("n_to", "node", "to", "string"),
        ("n_wave", "node", "wave", "string"),
        ("n_waveIndex", "node", "waveIndex", "int"),
        ("e_from", "edge", "from", "string"),
        ("e_to", "edge", "to", "string"),
        ("e_wave", "edge", "wave", "string"),
        ("e_waveIndex", "edge", "waveIndex", "int"),
    ];

    /// <summary>The GraphML document of a dataset held in memory.</summary>
    public static XDocument Write(NetworkDataset dataset) => NetworkExport.InMemory(dataset, WriteAsync);

    /// <summary>Writes the dataset to <paramref name="sink"/> as its ties arrive.</summary>
    public static Task WriteAsync(StreamedNetwork network, ByteSink sink, CancellationToken cancellationToken) =>
        NetworkExport.StreamAsync(network, sink, WriteAsync, cancellationToken);

    private static async Task WriteAsync(XmlWriter xml, StreamedNetwork network, Func<ValueTask> pause)
    {
        var dataset = network.Dataset;
        var timed = network.Time.Any;
        // Graphs loaded before participations were marked listed have no listed layers at all: then every layer is listed.
        // Time came with that mark (one change), so a dataset with time has it: none listed means none, and writing its
        // tie-implied layers as listed made them timeless members on re-import (overlap in a wave changed after a round trip).
        var listedKnown = timed || dataset.Actors.Any(a => a.ListedLayers is { Count: > 0 });
        var layers = dataset.Layers.ToDictionary(l => l.Id, StringComparer.Ordinal);
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Ns.NamespaceName);
        xml.WriteAttributeString("xmlns", "xsi", null, Xsi.NamespaceName);
        xml.WriteAttributeString("xsi", "schemaLocation", Xsi.NamespaceName,
            "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        foreach (var key in timed ? [.. Keys, .. TimeKeys] : Keys)
        {
            xml.WriteStartElement("key", Ns.NamespaceName);
            xml.WriteAttributeString("id", key.Id);
            xml.WriteAttributeString("for", key.For);
            xml.WriteAttributeString("attr.name", key.Name);
            xml.WriteAttributeString("attr.type", key.Type);
            xml.WriteEndElement();
        }
        xml.WriteStartElement("graph", Ns.NamespaceName);
        xml.WriteAttributeString("id", XmlExport.Safe(dataset.Id));
        xml.WriteAttributeString("edgedefault", "directed");
        Data(xml, "g_title", dataset.Title);
        Data(xml, "g_description", dataset.Body);
        Data(xml, "g_layers", JsonSerializer.Serialize(dataset.Layers.Select(l => Present(
            ("id", l.Id), ("name", l.Name), ("nature", l.Nature), ("scale", l.Scale), ("formality", l.Formality),
            ("instance_of", l.InstanceOf), ("directed", l.Directed ? "true" : null)))));
        Data(xml, "g_regions", JsonSerializer.Serialize(NetworkExport.Regions(dataset).Select(r => Present(("id", r.Id), ("name", r.Name)))));
        if (timed && dataset.Waves.Count > 0) Data(xml, "g_waves", JsonSerializer.Serialize(dataset.Waves.Select((w, i) => Present(("id", w), ("name", dataset.WaveName(i))))));
        foreach (var actor in dataset.Actors)
        {
            xml.WriteStartElement("node", Ns.NamespaceName);
            xml.WriteAttributeString("id", XmlExport.Safe(actor.Id));
            Data(xml, "n_label", actor.Name ?? actor.Id);
            foreach (var attribute in NetworkExport.NodeAttributes) Data(xml, NodeKey(attribute.Name), attribute.Value(actor));
            Data(xml, "n_layers", NodeLayers(actor, listedKnown));
            TimeData(xml, "n", actor.Time);
            xml.WriteEndElement();
            await pause().ConfigureAwait(false);
        }
        var index = 0;
        await foreach (var tie in network.Ties.ConfigureAwait(false))
        {
            var layer = layers.GetValueOrDefault(tie.Layer);
            xml.WriteStartElement("edge", Ns.NamespaceName);
            xml.WriteAttributeString("id", NetworkExport.EdgeId(index++));
            xml.WriteAttributeString("source", XmlExport.Safe(tie.Source));
            xml.WriteAttributeString("target", XmlExport.Safe(tie.Target));
            foreach (var attribute in NetworkExport.EdgeAttributes) Data(xml, EdgeKey(attribute.Name), attribute.Value(tie, layer));
            Data(xml, "e_weight", NetworkExport.Number(tie.Weight));
            TimeData(xml, "e", tie.Time);
            xml.WriteEndElement();
            await pause().ConfigureAwait(false);
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    // Only the layers the actor's row listed: the participations its ties imply come back from the edges, and on
    // re-import the row's from/to/wave apply to every layer it lists, so they must not spread to implied ones.
    private static string? NodeLayers(NetworkActor actor, bool listedKnown)
    {
        var layers = listedKnown && actor.ListedLayers is { } listed ? listed : actor.Layers;
        return layers.Count == 0 ? null : string.Join(';', layers);
    }

    private static void TimeData(XmlWriter xml, string prefix, NetworkSpell time)
    {
        Data(xml, prefix + "_from", time.ValidFrom);
        Data(xml, prefix + "_to", time.ValidTo);
        Data(xml, prefix + "_wave", time.Wave);
        Data(xml, prefix + "_waveIndex", time.WaveIndex?.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    // Key ids: n_ / e_ and the attribute's name.
    private static string NodeKey(string name) => "n_" + name;

    private static string EdgeKey(string name) => "e_" + name;

    // Missing values are left out rather than written empty, so readers see "no value", not "".
    private static void Data(XmlWriter xml, string key, string? value)
    {
        if (value is null) return;
        xml.WriteStartElement("data", Ns.NamespaceName);
        xml.WriteAttributeString("key", key);
        xml.WriteString(XmlExport.Safe(value));
        xml.WriteEndElement();
    }

    private static Dictionary<string, string> Present(params (string Key, string? Value)[] values) =>
        values.Where(v => v.Value is not null).ToDictionary(v => v.Key, v => v.Value!);
}
