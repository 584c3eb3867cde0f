using TimKnowledgeGraph.Host.Api;

namespace TimKnowledgeGraph.Tests.Host;

/// <summary>The ids a 404 suggests: typos first, then ids that hold what was typed whole.</summary>
public sealed class KnownIdsNearestTests
{
    private static readonly string[] Ids = ["florence-1430", "florence", "preface-network", "learning-region", "regional-innovation-system", "de-block"];

    [Fact]
    public void ShouldNameTyposBeforeIdsThatHoldTheValue()
    {
        Assert.Equal(["florence", "florence-1430"], KnownIds.Nearest("florenc", Ids));
    }

    [Theory]
    [InlineData("FLORENCE-14", "florence-1430")]
    [InlineData("region", "learning-region")]
    [InlineData("innovation", "regional-innovation-system")]
    public void ShouldNameAnIdThatHoldsWhatWasTypedWhole(string typed, string meant)
    {
        Assert.Contains(meant, KnownIds.Nearest(typed, Ids));
    }

    [Fact]
    public void ShouldNotNameEveryIdThatHoldsTwoLetters()
    {
        Assert.DoesNotContain("de-block", KnownIds.Nearest("de", ["de-block", "preface-network"]));
        Assert.Empty(KnownIds.Nearest("xy", ["de-block"]));
    }

    [Fact]
    public void ShouldNameAtMostThreeShortestFirst()
    {
        var named = KnownIds.Nearest("net", ["net-aaaa", "net-a", "net-aa", "net-aaa"]);

        Assert.Equal(["net-a", "net-aa", "net-aaa"], named);
    }
}
