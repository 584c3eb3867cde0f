using TimKnowledgeGraph.Domain.Content;
using TimKnowledgeGraph.Domain.Content.Networks;
using TimKnowledgeGraph.Domain.Diagnostics;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Content;

/// <summary>
/// A layer declared directed: in dataset.md (<c>directed: true</c>, default false), in our GraphML's <c>layers</c> graph
/// data, and in other tools' GraphML (the edge's <c>directed</c>, else the graph's <c>edgedefault</c>); values outside
/// the allowed ones are errors at their line and column, never read as undirected in silence.
/// </summary>
public sealed class DirectedLayerDeclarationTests
{
    [Fact]
    public void ShouldStoreDirectedOnTheLayersNetworkNodeOnlyWhenDeclared()
    {
        using var content = new TempContent()
            .With("networks/ds/dataset.md", "---\nid: ds\nlayers:\n  - {id: advice, nature: epistemic, directed: true}\n  - {id: kin, nature: kinship, directed: false}\n  - {id: trade, nature: economic}\n---\n")
            .With("networks/ds/actors.csv", "id,name\na,A\nb,B\n")
            .With("networks/ds/ties.csv", "source,target,layer\na,b,advice\n");

        var result = ContentPipeline.Load(content.Root);

        Assert.Empty(result.Diagnostics);
        bool? Directed(string id) => result.Nodes.Single(n => n.Id == id).Properties.GetValueOrDefault("directed") as bool?;
        Assert.Equal<bool?>([true, null, null], [Directed("ds/advice"), Directed("ds/kin"), Directed("ds/trade")]);
    }

    [Fact]
    public void ShouldReportAValueOfDirectedOtherThanTrueOrFalseAtItsPlace()
    {
        using var content = new TempContent()
            .With("networks/ds/dataset.md", "---\nid: ds\nlayers:\n  - {id: advice, nature: epistemic, directed: yes}\n---\n")
            .With("networks/ds/actors.csv", "id,name\na,A\n")
            .With("networks/ds/ties.csv", "source,target,layer\n");

        var result = ContentPipeline.Load(content.Root);

        var error = Assert.Single(result.Diagnostics).ToString();
        Assert.StartsWith("networks/ds/dataset.md:4:47: error TKG012: directed 'yes' is not allowed; expected one of: true, false", error);
    }

    private const string Keys = """
        <key id="g1" for="graph" attr.name="layers" attr.type="string"/>
        <key id="e0" for="edge" attr.name="layer" attr.type="string"/>
        <key id="e1" for="edge" attr.name="nature" attr.type="string"/>
        """;

    [Fact]
    public void ShouldTakeDirectionFromOurLayersGraphDataNotFromTheEdgeDefault()
    {
        // Our exports are always edgedefault="directed" (a tie runs from its source to its target): the layer data decides.
        var (description, diagnostics) = Read($$"""
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">{{Keys}}
            <graph edgedefault="directed">
              <data key="g1">[{"id":"advice","nature":"epistemic","directed":"true"},{"id":"kin","nature":"kinship"},{"id":"b","nature":"social","directed":true}]</data>
              <node id="a"/><node id="c"/>
              <edge source="a" target="c"><data key="e0">kin</data></edge>
            </graph></graphml>
            """);

        Assert.Empty(diagnostics);
        Assert.Equal([("advice", true), ("kin", false), ("b", true)], description!.Layers.Select(l => (l.Id.Value, l.IsDirected)));
    }

    [Theory]
    [InlineData("directed", "", true)]
    [InlineData("undirected", "", false)]
    [InlineData("undirected", " directed=\"true\"", true)]
    [InlineData("directed", " directed=\"false\"", false)]
    public void ShouldTakeAnotherToolsLayerDirectionFromItsFirstEdge(string edgeDefault, string edgeAttribute, bool directed)
    {
        var (description, diagnostics) = Read($$"""
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">{{Keys}}
            <graph edgedefault="{{edgeDefault}}">
              <node id="a"/><node id="c"/>
              <edge source="a" target="c"{{edgeAttribute}}><data key="e0">advice</data><data key="e1">epistemic</data></edge>
            </graph></graphml>
            """);

        Assert.Empty(diagnostics);
        Assert.Equal(directed, Assert.Single(description!.Layers).IsDirected);
    }

    [Fact]
    public void ShouldReportUnknownDirectionValuesAtTheirLineAndColumn()
    {
        var (_, diagnostics) = Read($$"""
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">{{Keys}}
            <graph edgedefault="sideways">
              <node id="a"/><node id="c"/>
              <edge source="a" target="c" directed="maybe"><data key="e0">advice</data><data key="e1">epistemic</data></edge>
            </graph></graphml>
            """);

        Assert.Equal(
        [
            "folder/net.graphml:4:2: error TKG006: <graph> has edgedefault=\"sideways\", which GraphML does not define; expected \"directed\" or \"undirected\"",
            "folder/net.graphml:6:4: error TKG006: <edge> has directed=\"maybe\", which GraphML does not define; expected \"true\" or \"false\"",
        ], diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void ShouldWarnOnceWhenALayersEdgesDisagreeOnDirection()
    {
        var (description, diagnostics) = Read($$"""
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">{{Keys}}
            <graph edgedefault="undirected">
              <node id="a"/><node id="c"/>
              <edge source="a" target="c" directed="true"><data key="e0">advice</data><data key="e1">epistemic</data></edge>
              <edge source="c" target="a"><data key="e0">advice</data></edge>
              <edge source="a" target="a"><data key="e0">advice</data></edge>
            </graph></graphml>
            """);

        Assert.True(Assert.Single(description!.Layers).IsDirected); // the first edge's, as for nature
        Assert.Contains("layer 'advice'", Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void ShouldQuoteAHugeDirectionValueCutInEveryDiagnostic()
    {
        // Each of 20 edges with a 50,000-character directed="…" made an error as long: a megabyte of output.
        var huge = new string('y', 50_000);
        var edges = string.Concat(Enumerable.Repeat($"<edge source=\"a\" target=\"c\" directed=\"{huge}\"><data key=\"e0\">advice</data><data key=\"e1\">{huge}</data></edge>", 20));
        var (_, diagnostics) = Read($$"""
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">{{Keys}}
            <graph edgedefault="{{huge}}">
              <data key="g1">[{"id":"kin","nature":"kinship","directed":"{{huge}}"}]</data>
              <node id="a"/><node id="c"/>{{edges}}
            </graph></graphml>
            """);
        using var content = new TempContent()
            .With("networks/ds/dataset.md", $"---\nid: ds\nlayers:\n  - {{id: advice, nature: {huge}, directed: {huge}}}\n---\n")
            .With("networks/ds/actors.csv", "id,name\na,A\n")
            .With("networks/ds/ties.csv", "source,target,layer\n");
        var loaded = ContentPipeline.Load(content.Root).Diagnostics;

        Assert.Equal(24, diagnostics.Count + loaded.Count); // edgedefault, 20 edges, the layer data; dataset.md's nature and directed
        Assert.All(diagnostics.Concat(loaded), d => Assert.InRange(d.ToString().Length, 1, 400));
        Assert.Contains(diagnostics, d => d.Message.Contains("directed=\"yyyy", StringComparison.Ordinal) && d.Message.Contains("… (50,000 characters)\"", StringComparison.Ordinal));
    }

    private static (DatasetDescription? Description, List<Diagnostic> Diagnostics) Read(string text)
    {
        var sink = new DiagnosticBag();
        var description = GraphMlDescriptionReader.Read(new StringReader(text), "folder/net.graphml", "ds", sink);
        return (description, [.. sink.Items]);
    }
}
