using TimKnowledgeGraph.Domain.Content;
using TimKnowledgeGraph.Domain.Content.Networks;
using TimKnowledgeGraph.Domain.Diagnostics;
using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Graph.Import;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Content.Unicode;

/// <summary>
/// Network ids written once in NFC (Windows, Linux: "ü" is U+00FC) and once in NFD (a macOS file name or paste: "u" +
/// U+0308) are one id: before, the tie's end was an unknown actor, the region another region, the wave unknown.
/// </summary>
public sealed class NetworkIdNormalisationTests
{
    private const string ZurichNfc = "Z\u00FCrich";
    private const string ZurichNfd = "Zu\u0308rich";

    private static TempContent Dataset(string description, string actors, string ties) => new TempContent()
        .With("networks/ds/dataset.md", "---\n" + description + "\n---\n")
        .With("networks/ds/actors.csv", actors)
        .With("networks/ds/ties.csv", ties);

    private const string OneLayer = "layers: [{id: trade, nature: economic}]";

    [Fact]
    public void ShouldReadATieEndInNfdAsTheActorDeclaredInNfc()
    {
        using var content = Dataset(OneLayer, $"id,name\n{ZurichNfc}-firm,Firm\nbeta,Beta\n", $"source,target\n{ZurichNfd}-firm,beta\n");

        var result = ContentPipeline.Load(content.Root);

        Assert.Empty(result.Diagnostics);
        Assert.Equal([$"ds/{ZurichNfc}-firm", "ds/beta"], result.Nodes.Where(n => n.Label == GraphSchema.Actor).Select(n => n.Id));
        var tie = Assert.Single(result.Relationships, r => r.Type == GraphSchema.Tie);
        Assert.Equal($"ds/{ZurichNfc}-firm", tie.From.Id);
    }

    [Fact]
    public void ShouldReportTwoActorsThatDifferOnlyInNormalisationAsOneDeclaredTwice()
    {
        using var content = Dataset(OneLayer, $"id,name\n{ZurichNfc},First\n{ZurichNfd},Second\n", "source,target\n");

        var result = ContentPipeline.Load(content.Root);

        Assert.Equal(
            $"networks/ds/actors.csv:3:1: error TKG020: actor '{ZurichNfc}' is already declared at networks/ds/actors.csv:2:1; actor ids must be unique in a dataset",
            Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void ShouldPlaceAnActorInTheRegionDatasetMdDeclaresInTheOtherForm()
    {
        using var content = Dataset($"{OneLayer}\nregions: [{{id: {ZurichNfd}, name: Canton of Zurich}}]",
            $"id,name,region\na,A,{ZurichNfc}\n", "source,target\n");

        var result = ContentPipeline.Load(content.Root);

        Assert.Empty(result.Diagnostics); // no TKG032 "region not declared", no second region
        var region = Assert.Single(result.Nodes, n => n.Label == GraphSchema.Region);
        Assert.Equal(ZurichNfc, region.Id);
        Assert.Equal("Canton of Zurich", region.Properties["name"]);
        Assert.Contains(result.Relationships, r => r.Type == GraphSchema.LocatedIn && r.From.Id == "ds/a" && r.To.Id == ZurichNfc);
    }

    [Fact]
    public void ShouldFindAWaveDatasetMdDeclaresInTheOtherForm()
    {
        using var content = Dataset($"{OneLayer}\nwaves: [\"\u00E9t\u00E9-2019\", \"hiver\"]",
            "id\na\nb\n", "source,target,wave\na,b,e\u0301te\u0301-2019\n");

        var result = ContentPipeline.Load(content.Root);

        Assert.Empty(result.Diagnostics); // no TKG038 "wave not declared"
        var tie = Assert.Single(result.Relationships, r => r.Type == GraphSchema.Tie);
        Assert.Equal("\u00E9t\u00E9-2019", tie.Properties["wave"]);
    }

    [Fact]
    public void ShouldFindALayerDatasetMdDeclaresInTheOtherForm()
    {
        using var content = Dataset("layers: [{id: \"e\u0301change\", nature: economic}, {id: social, nature: social}]",
            "id,layers\na,\u00E9change\nb,\u00E9change;social\n", "source,target,layer\na,b,\u00E9change\n");

        var result = ContentPipeline.Load(content.Root);

        Assert.Empty(result.Diagnostics); // no TKG031 "layer not declared"
        Assert.Contains(result.Nodes, n => n.Label == GraphSchema.Network && n.Id == "ds/\u00E9change");
        Assert.Equal(2, result.Relationships.Count(r => r.Type == GraphSchema.ParticipatesIn && r.To.Id == "ds/\u00E9change"));
    }

    [Fact]
    public void ShouldReadGraphMlIdsInNfc()
    {
        using var content = new TempContent()
            .With("networks/ds/dataset.md", $"---\n{OneLayer}\ngraphml: network.graphml\n---\n")
            .With("networks/ds/network.graphml", $"""
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <graph edgedefault="undirected">
                    <node id="{ZurichNfc}"/>
                    <node id="b"/>
                    <edge source="{ZurichNfd}" target="b"/>
                  </graph>
                </graphml>
                """);

        var result = ContentPipeline.Load(content.Root);

        Assert.Empty(result.Diagnostics);
        Assert.Equal($"ds/{ZurichNfc}", Assert.Single(result.Relationships, r => r.Type == GraphSchema.Tie).From.Id);
    }

    [Fact]
    public void ShouldCheckTheLengthOfAnIdAsComposed()
    {
        // Composing may lengthen an id (U+FB2C is three code points in NFC) or shorten it: the limit holds for the id
        // the graph would store, so 400 characters that compose to 1,200 are refused and 1,200 that compose to 600 read.
        var sink = new DiagnosticBag();
        var grows = new string('\uFB2C', 400);
        var shrinks = string.Concat(Enumerable.Repeat("e\u0301", 600));

        var rows = ActorCsvReader.Read(new StringReader($"id\n{grows}\n{shrinks}\n"), "actors.csv", sink).ToList();

        Assert.Equal(string.Concat(Enumerable.Repeat("\u00E9", 600)), Assert.Single(rows).Id);
        var error = Assert.Single(sink.Items);
        Assert.Equal(("actors.csv:2:1", "TKG090"), (error.Location.ToString(), error.Code));
        Assert.Contains("is longer than 1,000 characters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldImportATieEndInNfdAsTheActorDeclaredInNfc()
    {
        // timkg import streams the same readers, checked by ImportValidator rather than the content rules.
        using var data = new TempContent()
            .With("gen/actors.csv", $"id\n{ZurichNfc}\nb\n")
            .With("gen/ties.csv", $"source,target,layer\n{ZurichNfd},b,trade\n");
        var sink = new DiagnosticBag();
        var description = DatasetReader.Read($"---\nid: gen\n{OneLayer}\n---\n", "gen/dataset.md", sink)!;

        var validated = await ImportValidator.ValidateAsync(new NetworkSource(Path.Combine(data.Root, "gen"), description), sink, null,
            TestContext.Current.CancellationToken);

        Assert.Empty(sink.Items);
        Assert.Equal(1, validated.TieRows);
    }
}
