using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Graph.Networks;

namespace TimKnowledgeGraph.Graph.Exports;

/// <summary>What both network writers share: node and edge attributes, regions, edge ids, and writing in memory or streamed.</summary>
internal static class NetworkExport
{
    /// <summary>Actor attribute <c>region</c>: the id of the region it is LOCATED_IN.</summary>
    public const string Region = "region";

    /// <summary>Tie attribute <c>layer</c>: the layer's local id.</summary>
    public const string Layer = "layer";

    /// <summary>
    /// The string attributes both writers give a node, named as the graph names them: every actor attribute the shape
    /// declares (<see cref="ActorShape.Attributes"/>, so a new actor property is exported without a line here), then
    /// its region's id and name.
    /// </summary>
    public static readonly IReadOnlyList<(string Name, Func<NetworkActor, string?> Value)> NodeAttributes =
    [
        .. ActorShape.Attributes.Select(p => (p, (Func<NetworkActor, string?>)(a => a.Attributes.GetValueOrDefault(p)))),
        (Region, a => a.Region),
        (Region + "Name", a => a.RegionName),
    ];

    /// <summary>
    /// The string attributes both writers give an edge: the tie's layer with the layer's properties (NetworkShape, as
    /// <c>layerName</c> for its name), its resource, and its key as <c>tieKey</c> (not "key": NetworkX's read_gexf
    /// passes edge attributes to add_edge, where "key" is the multigraph key).
    /// </summary>
    public static readonly IReadOnlyList<(string Name, Func<NetworkTie, NetworkLayer?, string?> Value)> EdgeAttributes =
    [
        (Layer, (t, _) => t.Layer),
        (Layer + "Name", (_, l) => l?.Name),
        (NetworkShape.Scale, (_, l) => l?.Scale),
        (NetworkShape.Nature, (_, l) => l?.Nature),
        (NetworkShape.Formality, (_, l) => l?.Formality),
        (TieShape.Resource, (t, _) => t.Resource),
        ("tieKey", (t, _) => t.Key),
    ];

    /// <summary>
    /// The regions the dataset declares (also one with no actor: an import declares it, and the export must keep it) and
    /// those its actors are located in, by id, each with its name.
    /// </summary>
    public static IReadOnlyList<(string Id, string? Name)> Regions(NetworkDataset dataset) =>
        [.. dataset.Regions.Select(r => (Id: r.Id, r.Name))
            .Concat(dataset.Actors.Where(a => a.Region is not null).Select(a => (Id: a.Region!, Name: a.RegionName)))
            .GroupBy(r => r.Id, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Select(r => r.Name).FirstOrDefault(n => n is not null)))];

    /// <summary>A network writer's body: the document written to <paramref name="xml"/>, pausing after each node and edge.</summary>
    public delegate Task NetworkDocument(XmlWriter xml, StreamedNetwork network, Func<ValueTask> pause);

    /// <summary>The document of a dataset held in memory (tests, small datasets).</summary>
    public static XDocument InMemory(NetworkDataset dataset, NetworkDocument write) =>
        XmlExport.ToDocument((xml, pause) => write(xml, StreamedNetwork.Of(dataset), pause));

    /// <summary>The document streamed to <paramref name="sink"/> as the ties arrive.</summary>
    public static Task StreamAsync(StreamedNetwork network, ByteSink sink, NetworkDocument write, CancellationToken cancellationToken) =>
        XmlExport.WriteAsync((xml, pause) => write(xml, network, pause), sink, cancellationToken);

    /// <summary>Edge ids are positional (<c>e0</c>, <c>e1</c>...): unique even when tie keys are missing or repeated.</summary>
    public static string EdgeId(int index) => "e" + index.ToString(CultureInfo.InvariantCulture);

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
