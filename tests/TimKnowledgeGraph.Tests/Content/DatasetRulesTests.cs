using System.Text;
using TimKnowledgeGraph.Domain.Content;
using TimKnowledgeGraph.Domain.Content.Networks;
using TimKnowledgeGraph.Domain.Diagnostics;
using TimKnowledgeGraph.Graph.Import;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Content;

/// <summary>Rules on a whole dataset: its id, and how many rows a content dataset may hold.</summary>
public sealed class DatasetRulesTests
{
    private const string IdError = "dataset id 'x/y' contains a '/'; expected an id without one (e.g. 'x-y'): the ids of its actors " +
        "and layers are '<dataset>/<local id>', and a '/' in the dataset part would let two datasets' actors become one";

    [Fact]
    public void ShouldRefuseASlashInADatasetIdThatWouldMergeTwoDatasetsActors()
    {
        // Dataset 'x' with actor 'y/z' and dataset 'x/y' with actor 'z' both made Actor 'x/y/z': one node, no diagnostic.
        using var content = new TempContent()
            .With("networks/ds/dataset.md", "---\nid: x\nlayers: [{id: l1, nature: social}]\n---\n")
            .With("networks/ds/actors.csv", "id,name\ny/z,First actor\n")
            .With("networks/ds/ties.csv", "source,target,layer\n")
            .With("networks/ds2/dataset.md", "---\nid: x/y\nlayers: [{id: l1, nature: social}]\n---\n")
            .With("networks/ds2/actors.csv", "id,name\nz,Second actor\n")
            .With("networks/ds2/ties.csv", "source,target,layer\n");

        var result = ContentPipeline.Load(content.Root);

        Assert.Equal("networks/ds2/dataset.md:2:5: error TKG011: " + IdError, Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void ShouldAllowASlashInALocalActorId()
    {
        // Without a '/' in dataset ids, the first '/' of 'x/y/z' splits it: dataset 'x', actor 'y/z'.
        using var content = new TempContent()
            .With("networks/ds/dataset.md", "---\nid: x\nlayers: [{id: l1, nature: social}]\n---\n")
            .With("networks/ds/actors.csv", "id,name\ny/z,First actor\n")
            .With("networks/ds/ties.csv", "source,target,layer\n");

        var result = ContentPipeline.Load(content.Root);

        Assert.Empty(result.Diagnostics);
        Assert.Contains(result.Nodes, n => n.Id == "x/y/z");
    }

    [Fact]
    public async Task ShouldRefuseASlashInTheIdOfAnImport()
    {
        // timkg import validates with ImportValidator, not the content rules: it must apply the same rule.
        using var data = new TempContent()
            .With("gen/actors.csv", "id\na\n")
            .With("gen/ties.csv", "source,target,layer\n");
        var sink = new DiagnosticBag();
        var description = DatasetReader.Read("---\nid: x/y\nlayers: [{id: l1, nature: social}]\n---\n", "gen/dataset.md", sink)!;

        await ImportValidator.ValidateAsync(new NetworkSource(Path.Combine(data.Root, "gen"), description), sink, null, TestContext.Current.CancellationToken);

        Assert.Equal("gen/dataset.md:2:5: error TKG011: " + IdError, Assert.Single(sink.Items).ToString());
    }

    [Fact]
    public void ShouldRefuseIdsTooLongForNeo4jsIndexInADatasetsDescription()
    {
        // Past Lucene's 32,766-byte term, Neo4j 3.1's unique constraint neither found nor enforced the id: an import of
        // such a dataset reported success, left it "running", and a second one made a second Dataset node with that id.
        var id = new string('d', ContentLimits.MaxIdChars + 1);
        var layer = new string('l', ContentLimits.MaxIdChars + 1);
        var region = new string('r', ContentLimits.MaxIdChars + 1);
        var sink = new DiagnosticBag();
        var description = DatasetReader.Read($"---\nid: {id}\nlayers: [{{id: {layer}, nature: social}}]\nregions:\n  - id: {region}\n---\n", "gen/dataset.md", sink)!;

        DatasetIdRule.Check(description, sink);

        Assert.Equal(
        [
            $"gen/dataset.md:2:5: error TKG090: dataset id '{id[..57]}...' is 1,001 characters long, expected at most 1,000 (ids are index keys in Neo4j)",
            $"gen/dataset.md:3:15: error TKG090: layer id '{layer[..57]}...' is 1,001 characters long, expected at most 1,000 (ids are index keys in Neo4j)",
            $"gen/dataset.md:5:9: error TKG090: region id '{region[..57]}...' is 1,001 characters long, expected at most 1,000 (ids are index keys in Neo4j)",
        ], sink.Items.Select(d => d.ToString()));
    }

    [Fact]
    public void ShouldAcceptIdsOfTheLengthLimitInADatasetsDescription()
    {
        var id = new string('d', ContentLimits.MaxIdChars);
        var sink = new DiagnosticBag();
        var description = DatasetReader.Read($"---\nid: {id}\nlayers: [{{id: {id}, nature: social}}]\nregions:\n  - id: {id}\n---\n", "gen/dataset.md", sink)!;

        DatasetIdRule.Check(description, sink);

        Assert.Empty(sink.Items);
    }

    // 2,000 layers (a dataset.md of 57 KB) loaded with warnings only, then the dataset's page ran the local Neo4j out of
    // its heap: the overlap compares every pair of layers.
    [Theory]
    [InlineData(ContentLimits.MaxLayersPerDataset, 0)]
    [InlineData(ContentLimits.MaxLayersPerDataset + 1, 1)]
    public void ShouldRefuseMoreLayersThanTheLimit(int layers, int errors)
    {
        var sink = new DiagnosticBag();
        var list = string.Join(", ", Enumerable.Range(0, layers).Select(i => $"{{id: l{i}, nature: social}}"));
        var description = DatasetReader.Read($"---\nid: many\nlayers: [{list}]\n---\n", "many/dataset.md", sink)!;

        DatasetIdRule.Check(description, sink);

        Assert.Equal(errors, sink.Items.Count);
        if (errors > 0)
            Assert.Equal($"many/dataset.md:3:{"layers: [".Length + list.IndexOf("l200", StringComparison.Ordinal) + 1}: error TKG090: dataset 'many' declares 201 layers; expected at most 200 " +
                "(every pair of layers is compared, so their cost grows with the square of their number)", sink.Items[0].ToString());
    }

    [Fact]
    public void ShouldStopReadingAContentDatasetPastTheRowLimit()
    {
        // 100,001 distinct valid ties: a content dataset is held in memory whole, so the file is not read past the limit.
        const int actors = 1_000;
        var ties = new StringBuilder("source,target,layer\n");
        for (var i = 0; i <= ContentLimits.MaxDatasetRows; i++) ties.Append($"a{i / actors},a{i % actors},l\n");
        ties.Append("a0,nobody,l\n"); // past the limit: never read, so never reported
        using var content = new TempContent()
            .With("networks/big/dataset.md", Hostile.HostileContent.DatasetWith())
            .With("networks/big/actors.csv", "id\n" + string.Concat(Enumerable.Range(0, actors).Select(i => $"a{i}\n")))
            .With("networks/big/ties.csv", ties.ToString());

        var result = ContentPipeline.Load(content.Root);

        Assert.Equal("networks/big/ties.csv:100002:1: error TKG090: more than 100,000 ties, expected at most 100,000 in a content " +
            "dataset; the rest of the file is not read (a network this large is imported with `timkg import <folder>`, which streams it)",
            Assert.Single(result.Diagnostics).ToString());
    }
}
