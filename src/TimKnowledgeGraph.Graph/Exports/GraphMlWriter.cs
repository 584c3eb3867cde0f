using System.Text.Json;
using System.Xml.Linq;
using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Graph.Networks;

namespace TimKnowledgeGraph.Graph.Exports;

/// <summary>
/// Writes a network dataset as GraphML (directed, as loaded; one edge per TIE, parallel edges kept; every actor a node,
/// isolates included), by the dataset's local ids so that <c>timkg import</c> of the file alone gives the dataset back
/// (GraphMlDescriptionReader). Graph data: title, description (its dataset.md's free text), and the dataset's <c>layers</c> and <c>regions</c> as JSON (a layer or
/// region no edge names would otherwise be lost). Node data: label, name, kind, region, regionName, layers (';'-separated,
/// as in actors.csv: the layers its row lists; those its ties imply come back from the edges). Edge data: layer and its
/// name/scale/nature/formality, resource, weight, tieKey (not "key": NetworkX reads an edge attribute "key" as its
/// multigraph key); for a dataset with time, graph data waves (JSON) and node and edge data from, to (ISO dates), wave and
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

    /// <summary>The GraphML document.</summary>
    public static XDocument Write(NetworkDataset dataset)
    {
        var timed = NetworkExport.IsTimed(dataset);
        // Graphs loaded before participations were marked listed have no listed layers at all: then every layer is listed.
        var listedKnown = dataset.Actors.Any(a => a.ListedLayers is { Count: > 0 });
        var layers = dataset.Layers.ToDictionary(l => l.Id, StringComparer.Ordinal);
        var graph = new XElement(Ns + "graph",
            new XAttribute("id", dataset.Id),
            new XAttribute("edgedefault", "directed"),
            Data("g_title", dataset.Title),
            Data("g_description", dataset.Body),
            Data("g_layers", JsonSerializer.Serialize(dataset.Layers.Select(l => Present(
                ("id", l.Id), ("name", l.Name), ("nature", l.Nature), ("scale", l.Scale), ("formality", l.Formality),
                ("instance_of", l.InstanceOf))))),
            Data("g_regions", JsonSerializer.Serialize(NetworkExport.Regions(dataset).Select(r => Present(("id", r.Id), ("name", r.Name))))),
            timed && dataset.Waves.Count > 0 ? Data("g_waves", JsonSerializer.Serialize(dataset.Waves.Select(w => Present(("id", w))))) : null);
        foreach (var actor in NetworkExport.Nodes(dataset))
        {
            graph.Add(new XElement(Ns + "node", new XAttribute("id", actor.Id),
                Data("n_label", actor.Name ?? actor.Id), NetworkExport.NodeAttributes.Select(a => Data(NodeKey(a.Name), a.Value(actor))),
                Data("n_layers", NodeLayers(actor, listedKnown)), TimeData("n", actor.Time)));
        }
        for (var i = 0; i < dataset.Ties.Count; i++)
        {
            var tie = dataset.Ties[i];
            var layer = layers.GetValueOrDefault(tie.Layer);
            graph.Add(new XElement(Ns + "edge",
                new XAttribute("id", NetworkExport.EdgeId(i)), new XAttribute("source", tie.Source), new XAttribute("target", tie.Target),
                NetworkExport.EdgeAttributes.Select(a => Data(EdgeKey(a.Name), a.Value(tie, layer))),
                Data("e_weight", NetworkExport.Number(tie.Weight)), TimeData("e", tie.Time)));
        }
        var root = new XElement(Ns + "graphml",
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
            new XAttribute(Xsi + "schemaLocation", "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"),
            (timed ? [.. Keys, .. TimeKeys] : Keys).Select(k => new XElement(Ns + "key",
                new XAttribute("id", k.Id), new XAttribute("for", k.For), new XAttribute("attr.name", k.Name), new XAttribute("attr.type", k.Type))),
            graph);
        return new XDocument(new XDeclaration("1.0", "UTF-8", null), root);
    }

    // Only the layers the actor's row listed: the participations its ties imply come back from the edges, and on
    // re-import the row's from/to/wave apply to every layer it lists, so they must not spread to implied ones.
    private static string? NodeLayers(NetworkActor actor, bool listedKnown)
    {
        var layers = listedKnown && actor.ListedLayers is { } listed ? listed : actor.Layers;
        return layers.Count == 0 ? null : string.Join(';', layers);
    }

    private static XElement[] TimeData(string prefix, NetworkSpell time) =>
    [
        .. new[]
        {
            Data(prefix + "_from", time.ValidFrom), Data(prefix + "_to", time.ValidTo), Data(prefix + "_wave", time.Wave),
            Data(prefix + "_waveIndex", time.WaveIndex?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        }.OfType<XElement>(),
    ];

    // Key ids: n_ / e_ and the attribute's name.
    private static string NodeKey(string name) => "n_" + name;

    private static string EdgeKey(string name) => "e_" + name;

    // Missing values are left out rather than written empty, so readers see "no value", not "".
    private static XElement? Data(string key, string? value) =>
        value is null ? null : new XElement(Ns + "data", new XAttribute("key", key), value);

    private static Dictionary<string, string> Present(params (string Key, string? Value)[] values) =>
        values.Where(v => v.Value is not null).ToDictionary(v => v.Key, v => v.Value!);
}
