using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Tests.Cypher;

public class BackoffTests
{
    [Fact]
    public void ShouldDoubleTheDelayOnEachRetry()
    {
        var first = TimeSpan.FromMilliseconds(200);

        Assert.Equal(200, Backoff.Delay(first, 0, 0.5).TotalMilliseconds, 3);
        Assert.Equal(400, Backoff.Delay(first, 1, 0.5).TotalMilliseconds, 3);
        Assert.Equal(1600, Backoff.Delay(first, 3, 0.5).TotalMilliseconds, 3);
    }

    [Fact]
    public void ShouldSpreadDelaysWithJitter()
    {
        var first = TimeSpan.FromMilliseconds(1000);

        Assert.Equal(800, Backoff.Delay(first, 0, 0.0).TotalMilliseconds, 3);
        Assert.Equal(1200, Backoff.Delay(first, 0, 1.0).TotalMilliseconds, 3);
    }

    [Fact]
    public void ShouldStopGrowingAtTheCap()
    {
        var delay = Backoff.Delay(TimeSpan.FromMilliseconds(200), 20, 0.5);

        Assert.Equal(Backoff.MaxDelay.TotalMilliseconds, delay.TotalMilliseconds, 3);
    }
}
