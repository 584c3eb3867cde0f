using TimKnowledgeGraph.Domain.Content;
using TimKnowledgeGraph.Domain.Content.Networks;
using TimKnowledgeGraph.Domain.Diagnostics;
using TimKnowledgeGraph.Graph.Import;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Content;

/// <summary>Rules on a whole dataset: its id.</summary>
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
}
