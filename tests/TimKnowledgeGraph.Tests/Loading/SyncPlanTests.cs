using TimKnowledgeGraph.Domain.Content;
using TimKnowledgeGraph.Domain.Content.Discovery;
using TimKnowledgeGraph.Graph.Loading.Sync;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Loading;

/// <summary>
/// The plan found by walking two content graphs in step (what the service does with the graph it wrote last) is the
/// plan found by comparing their snapshots element by element.
/// </summary>
public sealed class SyncPlanTests
{
    [Fact]
    public void ShouldPlanTheSameWritesFromContentGraphsAsFromTheirSnapshots()
    {
        using var content = new ContentCopy(RepositoryPaths.Content);
        var cache = new ContentPipelineCache();
        var before = ContentGraph.Of(cache.Load(ContentDiscovery.Discover(content.Root)));

        content.Replace("concepts/learning-region.md", "name: ", "name: Edited ");                     // an update
        content.Replace("concepts/learning-region.md", "  - innovative-milieux\n", "");                // a deleted relationship
        content.Replace("concepts/clusters.md", "[[clusters-slippery-concept]]", "[[proximity]]");      // a moved one
        File.Delete(Path.Combine(content.Root, "references/book.json"));                               // deleted nodes
        content.AppendLine("networks/preface-network/ties.csv", "roel,frans,rsa-network,,2");            // a created tie
        var after = ContentGraph.Of(cache.Load(ContentDiscovery.Discover(content.Root)));
        var fresh = ContentGraph.Of(ContentPipeline.Load(content.Root));                                // no element shared

        AssertSamePlan(Snapshots(before, after), SyncPlan.Between(before, after));
        AssertSamePlan(Snapshots(before, fresh), SyncPlan.Between(before, fresh));
        AssertSamePlan(Snapshots(after, before), SyncPlan.Between(after, before));
        Assert.False(SyncPlan.Between(after, fresh).Summary.Changed);
        Assert.True(SyncPlan.Between(before, after).Summary.Changed);
    }

    private static SyncPlan Snapshots(ContentGraph before, ContentGraph after) => SyncPlan.Between(
        GraphSnapshot.FromContent(before.Nodes, before.Relationships), GraphSnapshot.FromContent(after.Nodes, after.Relationships));

    private static void AssertSamePlan(SyncPlan expected, SyncPlan actual)
    {
        Assert.Equal(expected.NodesToDelete, actual.NodesToDelete);
        Assert.Equal(expected.RelationshipsToDelete, actual.RelationshipsToDelete);
        Assert.Equal(expected.NodesToUpsert.Select(p => p.Key), actual.NodesToUpsert.Select(p => p.Key));
        Assert.Equal(expected.RelationshipsToUpsert.Select(p => p.Key), actual.RelationshipsToUpsert.Select(p => p.Key));
        Assert.All(expected.NodesToUpsert.Zip(actual.NodesToUpsert), p => Assert.True(PropertyValues.MapsEqual(p.First.Value, p.Second.Value)));
        Assert.All(expected.RelationshipsToUpsert.Zip(actual.RelationshipsToUpsert), p => Assert.True(PropertyValues.MapsEqual(p.First.Value, p.Second.Value)));
        Assert.Equal(expected.Summary.Nodes, actual.Summary.Nodes);
        Assert.Equal(expected.Summary.Relationships, actual.Summary.Relationships);
    }
}
