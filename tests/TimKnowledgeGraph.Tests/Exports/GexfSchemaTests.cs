using System.Xml.Linq;
using TimKnowledgeGraph.Graph.Exports;
using TimKnowledgeGraph.Graph.Networks;

namespace TimKnowledgeGraph.Tests.Exports;

/// <summary>
/// Every shape of GEXF export (untimed, timed with dates, waves only, with isolates and parallel ties) is valid against the
/// GEXF 1.3 schema, as Gephi's format rules ask; and the check itself rejects what the schema forbids.
/// </summary>
public sealed class GexfSchemaTests
{
    private static readonly NetworkLayer[] Layers =
    [
        new("trade", "Trade & supply", "global", "economic", "formal"),
        new("friendship", null, null, "social", "informal"),
    ];

    [Fact]
    public void UntimedExportWithIsolatesAndParallelTiesIsValid()
    {
        var dataset = new NetworkDataset("ds", "Two layers <and> isolates", Layers,
        [
            new NetworkActor("a", "Ann \"A\"", "firm", "north", "North", ["trade", "friendship"]),
            new NetworkActor("b", null, null, null, null, ["trade"]),
            new NetworkActor("iso", "Isolated", "family", "north", "North"),
        ],
        [
            new NetworkTie("trade", "a", "b", "trade", "supply", 2.5),
            new NetworkTie("friendship", "a", "b", "friendship", null, 1),
            new NetworkTie(null, "b", "a", "trade", null, 1),
        ]);

        var gexf = GexfWriter.Write(dataset);

        GexfSchema.AssertValid(gexf);
        Assert.Equal(3, gexf.Descendants(GexfWriter.Ns + "node").Count()); // the isolate is a node
    }

    [Fact]
    public void ExportWithDatesIsValid()
    {
        var dataset = new NetworkDataset("t", null, Layers,
        [
            new NetworkActor("a", "A", null, null, null, ["trade"]) { Time = new NetworkSpell("2005-01-01", null, null, null) },
            new NetworkActor("b", "B", null, null, null, ["trade"]),
            new NetworkActor("c", "C", null, null, null),
        ],
        [
            new NetworkTie("trade|2007-01-01", "a", "b", "trade", null, 1) { Time = new NetworkSpell("2007-01-01", "2009-12-31", null, null) },
            new NetworkTie("trade|2011-03-01", "a", "b", "trade", null, 1) { Time = new NetworkSpell("2011-03-01", null, null, null) },
            new NetworkTie("trade", "b", "a", "trade", null, 1) { Time = new NetworkSpell(null, "2008-02-29", null, null) },
            new NetworkTie("friendship", "b", "c", "friendship", null, 1),
        ]);

        var gexf = GexfWriter.Write(dataset);

        GexfSchema.AssertValid(gexf);
        Assert.Equal("date", (string?)gexf.Root!.Element(GexfWriter.Ns + "graph")!.Attribute("timeformat"));
    }

    [Fact]
    public void ExportWithWavesOnlyIsValid()
    {
        var dataset = new NetworkDataset("w", null, Layers,
        [
            new NetworkActor("a", null, null, null, null, ["trade"]) { Time = new NetworkSpell(null, null, "w1", 1) },
            new NetworkActor("b", null, null, null, null, ["trade"]),
        ],
        [
            new NetworkTie("trade|w2|", "a", "b", "trade", null, 1) { Time = new NetworkSpell(null, null, "w2", 2) },
            new NetworkTie("trade", "b", "a", "trade", null, 1),
        ])
        { Waves = ["w1", "w2"] };

        var gexf = GexfWriter.Write(dataset);

        GexfSchema.AssertValid(gexf);
        Assert.Equal("integer", (string?)gexf.Root!.Element(GexfWriter.Ns + "graph")!.Attribute("timeformat"));
    }

    [Fact]
    public void EmptyDatasetIsValid()
    {
        GexfSchema.AssertValid(GexfWriter.Write(new NetworkDataset("e", null, [], [], [])));
    }

    [Theory]
    [InlineData("edge", "source")]      // an edge needs its ends
    [InlineData("attvalue", "for")]     // a value needs its attribute
    [InlineData("gexf", "version")]     // the version is required
    public void TheCheckRejectsAMissingRequiredAttribute(string element, string attribute)
    {
        var gexf = GexfWriter.Write(new NetworkDataset("x", null, Layers,
            [new NetworkActor("a", "A", null, null, null), new NetworkActor("b", "B", null, null, null)],
            [new NetworkTie("trade", "a", "b", "trade", null, 1)]));
        gexf.Descendants(GexfWriter.Ns + element).First().Attribute(attribute)!.Remove();

        Assert.NotEmpty(GexfSchema.Errors(gexf));
    }

    [Fact]
    public void TheCheckRejectsElementsOutOfOrderAndUnknownOnes()
    {
        var gexf = GexfWriter.Write(new NetworkDataset("x", null, Layers, [new NetworkActor("a", "A", null, null, null)], []));
        var graph = gexf.Root!.Element(GexfWriter.Ns + "graph")!;
        var nodes = graph.Element(GexfWriter.Ns + "nodes")!;
        nodes.Remove();
        graph.Add(nodes); // nodes after edges
        Assert.NotEmpty(GexfSchema.Errors(gexf));

        var other = GexfWriter.Write(new NetworkDataset("x", null, Layers, [new NetworkActor("a", "A", null, null, null)], []));
        other.Descendants(GexfWriter.Ns + "node").First().Add(new XElement(GexfWriter.Ns + "colour"));
        Assert.NotEmpty(GexfSchema.Errors(other));
    }
}
