using TimKnowledgeGraph.Domain.Content.Networks;
using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Tests.Content;

/// <summary>A dataset description derived from a GraphML file alone: ours (graph data), other tools' (edge data), broken ones.</summary>
public sealed class GraphMlDescriptionReaderTests
{
    private const string Keys = """
        <key id="g0" for="graph" attr.name="title" attr.type="string"/>
        <key id="g1" for="graph" attr.name="layers" attr.type="string"/>
        <key id="g2" for="graph" attr.name="regions" attr.type="string"/>
        <key id="n0" for="node" attr.name="region" attr.type="string"/>
        <key id="n1" for="node" attr.name="regionName" attr.type="string"/>
        <key id="n2" for="node" attr.name="layers" attr.type="string"/>
        <key id="e0" for="edge" attr.name="layer" attr.type="string"/>
        <key id="e1" for="edge" attr.name="nature" attr.type="string"/>
        """;

    [Fact]
    public void ShouldTakeLayersAndRegionsFromTheGraphData()
    {
        var (description, diagnostics) = Read($$"""
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">{{Keys}}
            <graph edgedefault="directed">
              <data key="g0">Title</data><data key="g1">[{"id":"t","nature":"economic","scale":"global"},{"id":"quiet","nature":"social"}]</data>
              <data key="g2">[{"id":"r","name":"R"}]</data>
              <node id="a"><data key="n0">r</data></node><node id="b"/>
              <edge source="a" target="b"><data key="e0">t</data><data key="e1">ignored: the graph data says it</data></edge>
            </graph></graphml>
            """);

        Assert.Empty(diagnostics);
        Assert.Equal("Title", description!.Title!.Value);
        Assert.Equal([("t", "economic", "global"), ("quiet", "social", null)], description.Layers.Select(l => (l.Id.Value, l.Nature?.Value, l.Scale?.Value)));
        Assert.Equal([("r", "R")], description.Regions.Select(r => (r.Id.Value, r.Name?.Value)));
        Assert.Equal(("ds", "folder", "net.graphml"), (description.Id, description.Folder, description.GraphMl!.Value));
    }

    [Fact]
    public void ShouldDeriveLayersAndRegionsFromEdgesAndNodesWithoutGraphData()
    {
        var (description, diagnostics) = Read($$"""
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">{{Keys}}
            <graph edgedefault="directed">
              <node id="a"><data key="n0">north</data><data key="n1">North</data><data key="n2">listed</data></node>
              <node id="b"><data key="n2">trade</data></node>
              <edge source="a" target="b"><data key="e0">trade</data><data key="e1">economic</data></edge>
            </graph></graphml>
            """);

        Assert.Empty(diagnostics);
        // 'trade' was named by a node first; the edge that says its nature describes it.
        Assert.Equal([("listed", null), ("trade", "economic")], description!.Layers.Select(l => (l.Id.Value, l.Nature?.Value)));
        Assert.Equal([("north", "North")], description.Regions.Select(r => (r.Id.Value, r.Name?.Value)));
    }

    [Fact]
    public void ShouldWarnOnceWhenLaterEdgesGiveTheirLayerAnotherNature()
    {
        // The first edge's nature describes the layer; a later edge's other nature was dropped without a word.
        var (description, diagnostics) = Read($$"""
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">{{Keys}}
            <graph edgedefault="directed">
              <node id="a"/><node id="b"/>
              <edge source="a" target="b"><data key="e0">trade</data><data key="e1">economic</data></edge>
              <edge source="b" target="a"><data key="e0">trade</data><data key="e1">economic</data></edge>
              <edge source="a" target="b"><data key="e0">trade</data><data key="e1">social</data></edge>
              <edge source="b" target="a"><data key="e0">trade</data><data key="e1">kinship</data></edge>
            </graph></graphml>
            """);

        Assert.Equal("economic", Assert.Single(description!.Layers).Nature!.Value);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(("TKG017", Severity.Warning, 13), (warning.Code, warning.Severity, warning.Location.Line));
        Assert.StartsWith("layer 'trade' is given nature 'social' here and 'economic' by its first edge (", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<graphml><graph><data key=", "not valid XML")]
    [InlineData("""<graphml><key id="g1" for="graph" attr.name="layers"/><graph><data key="g1">{"id": "t"}</data></graph></graphml>""", "not a JSON array")]
    [InlineData("""<graphml><key id="g1" for="graph" attr.name="layers"/><graph><data key="g1">[{"id": "t"</data></graph></graphml>""", "not a JSON array")]
    [InlineData("""<graphml><key id="g1" for="graph" attr.name="layers"/><graph><data key="g1">[{"nature": "social"}, 3]</data></graph></graphml>""", "without a text 'id'")]
    [InlineData("""<graphml><key id="g1" for="graph" attr.name="layers"/><graph><data key="g1">[<b/>]</data></graph></graphml>""", "<data key=\"g1\"> holds markup (<b>)")]
    [InlineData("""<!DOCTYPE graphml [<!ENTITY x "boom">]><graphml><graph/></graphml>""", "a declaration (<!DOCTYPE ...> or another <!...>)")]
    public void ShouldReportBrokenFilesAsTKG006(string text, string message)
    {
        var (_, diagnostics) = Read(text);

        var error = Assert.Single(diagnostics.Where(d => d.Severity == Severity.Error).Take(1));
        Assert.Equal("TKG006", error.Code);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldKeepTheFirstDeclarationOfAKeyAsTheRowReaderDoes()
    {
        // GraphMlReader reports the second <key id="g0">; the description must not read the data under the other meaning.
        var (description, diagnostics) = Read("""
            <graphml><key id="g0" for="graph" attr.name="title"/><key id="g0" for="graph" attr.name="layers"/>
            <graph><data key="g0">T</data></graph></graphml>
            """);

        Assert.Empty(diagnostics);
        Assert.Equal("T", description!.Title!.Value);
    }

    [Fact]
    public void ShouldLeaveMarkupInNodeDataToTheRowReader()
    {
        // Node data the row pass reads (name) is reported there; the description reads the rest of the file as usual.
        var (description, diagnostics) = Read($$"""
            <graphml>{{Keys}}<key id="n9" for="node" attr.name="name"/>
            <graph><node id="a"><data key="n9">A <b>bold</b></data><data key="n0">r</data></node></graph></graphml>
            """);

        Assert.Empty(diagnostics);
        Assert.Equal(["r"], description!.Regions.Select(r => r.Id.Value));
    }

    private static (DatasetDescription? Description, List<Diagnostic> Diagnostics) Read(string text)
    {
        var sink = new ListSink();
        var description = GraphMlDescriptionReader.Read(new StringReader(text), "folder/net.graphml", "ds", sink);
        return (description, sink.Items);
    }

    private sealed class ListSink : IDiagnosticSink
    {
        public List<Diagnostic> Items { get; } = [];

        public void Report(Diagnostic diagnostic) => Items.Add(diagnostic);
    }
}
