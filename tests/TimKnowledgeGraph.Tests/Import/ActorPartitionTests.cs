using TimKnowledgeGraph.Graph.Import;

namespace TimKnowledgeGraph.Tests.Import;

/// <summary>How actors are split for concurrent import writers: whole regions, balanced.</summary>
public sealed class ActorPartitionTests
{
    [Fact]
    public void ShouldKeepEveryRegionInOnePartAndBalanceThePartsByActors()
    {
        // Region sizes 6, 3, 2, 1 (actors listed region by region, interleaved): greedy gives {6} and {3, 2, 1}.
        int[] regionOf = [0, 1, 0, 2, 0, 1, 0, 3, 0, 1, 0, 2];

        var partition = ActorPartition.Create(regionOf, regions: 4, parts: 2);

        var partOfRegion = regionOf.Select((region, actor) => (region, part: partition.Of(actor)))
            .GroupBy(x => x.region).ToDictionary(g => g.Key, g => g.Select(x => x.part).Distinct().Single());
        Assert.NotEqual(partOfRegion[0], partOfRegion[1]);
        Assert.Equal(partOfRegion[1], partOfRegion[2]);
        Assert.Equal(partOfRegion[1], partOfRegion[3]);
        Assert.Equal(2, partition.Parts);
        Assert.Equal(6, partition.ActorsIn(partOfRegion[0]));
        Assert.Equal(6, partition.ActorsIn(partOfRegion[1]));
    }

    [Fact]
    public void ShouldSpreadActorsWithoutARegionAndUseOnePartForOneWriter()
    {
        int[] regionOf = [-1, -1, -1, -1, 0];

        var two = ActorPartition.Create(regionOf, regions: 1, parts: 2);
        var one = ActorPartition.Create(regionOf, regions: 1, parts: 1);

        Assert.Equal([0, 1, 0, 1], Enumerable.Range(0, 4).Select(two.Of));
        Assert.Equal([3, 2], [two.ActorsIn(0), two.ActorsIn(1)]);
        Assert.All(Enumerable.Range(0, 5), actor => Assert.Equal(0, one.Of(actor)));
    }
}
