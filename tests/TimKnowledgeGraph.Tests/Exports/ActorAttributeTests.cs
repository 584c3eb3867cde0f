using System.Xml.Linq;
using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Graph.Exports;
using TimKnowledgeGraph.Graph.Networks;

namespace TimKnowledgeGraph.Tests.Exports;

/// <summary>
/// An actor's exported attributes follow its one declaration (<see cref="ActorShape.Attributes"/>): the reader reads
/// each from the network query's actor map and both writers give each node an attribute of that name, with no list
/// of their own.
/// </summary>
public sealed class ActorAttributeTests
{
    // One row of the network query whose actor carries a distinct value for every declared attribute.
    private static NetworkDataset DatasetWithEveryAttribute()
    {
        var actor = new Dictionary<string, object?> { ["id"] = "a", ["region"] = "north", ["regionName"] = "North", ["layers"] = new List<object?> { "trade" } };
        foreach (var property in ActorShape.Attributes) actor[property] = "value of " + property;
        return NetworkDatasetReader.FromRecord(new Dictionary<string, object?>
        {
            ["datasetId"] = "ds", ["title"] = "T",
            ["layers"] = new List<object?> { new Dictionary<string, object?> { ["id"] = "trade", ["name"] = "Trade" } },
            ["actors"] = new List<object?> { actor }, ["ties"] = new List<object?>(),
        });
    }

    [Fact]
    public void Every_declared_attribute_is_read_and_exported_as_a_node_attribute_before_the_region()
    {
        var dataset = DatasetWithEveryAttribute();
        var graphMl = XDocument.Parse(GraphMlWriter.Write(dataset).ToString());
        XNamespace g = GraphMlWriter.Ns;
        var keys = graphMl.Root!.Elements(g + "key").Where(k => (string?)k.Attribute("for") == "node")
            .ToDictionary(k => (string)k.Attribute("attr.name")!, k => (string)k.Attribute("id")!);
        var node = graphMl.Descendants(g + "node").Single();

        Assert.Equal([.. ActorShape.Attributes, NetworkExport.Region, NetworkExport.Region + "Name"], NetworkExport.NodeAttributes.Select(a => a.Name));
        Assert.Equal("value of name", dataset.Actors[0].Name);
        foreach (var property in ActorShape.Attributes)
        {
            Assert.Equal("value of " + property, dataset.Actors[0].Attributes[property]);
            Assert.Equal("value of " + property, node.Elements(g + "data").Single(d => (string?)d.Attribute("key") == keys[property]).Value);
        }
    }

    [Fact]
    public void Gexf_declares_and_writes_every_declared_attribute()
    {
        var gexf = XDocument.Parse(GexfWriter.Write(DatasetWithEveryAttribute()).ToString());
        XNamespace x = GexfWriter.Ns;
        var declared = gexf.Descendants(x + "attributes").Single(a => (string?)a.Attribute("class") == "node")
            .Elements(x + "attribute").ToDictionary(a => (string)a.Attribute("title")!, a => (string)a.Attribute("id")!);
        var values = gexf.Descendants(x + "node").Single().Descendants(x + "attvalue")
            .ToDictionary(v => (string)v.Attribute("for")!, v => (string)v.Attribute("value")!);

        foreach (var property in ActorShape.Attributes)
            Assert.Equal("value of " + property, values[declared[property]]);
    }

    [Fact]
    public void An_actor_built_without_attributes_exports_its_name_and_kind()
    {
        var actor = new NetworkActor("b", "Ben", "firm", null, null);

        Assert.Equal("Ben", actor.Attributes[ActorShape.Name]);
        Assert.Equal("firm", actor.Attributes[ActorShape.Kind]);
    }
}
