using TimKnowledgeGraph.Host.Web.Console;
using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Tests.Web;

/// <summary>
/// What the console draws and lists of a node or relationship is bounded however long its labels, type or id: the graph
/// is capped at 300 nodes and 1,000 relationships, so each element's text bounds the page.
/// </summary>
public sealed class ConsoleGraphBoundsTests
{
    [Fact]
    public void ShouldCutLabelsTypesAndCaptionsToTheCaptionLength()
    {
        var node = Node("1", [.. Enumerable.Range(0, 1_000).Select(i => new string('L', 100) + i)], new() { ["name"] = new string('n', 100_000) });
        var relationship = new CypherGraphRelationship("7", new string('T', 100_000), "1", "1", new Dictionary<string, object?>());

        var elements = ConsoleGraph.Build(new CypherGraph([node], [relationship], false));

        Assert.Equal(ConsoleGraph.MaxCaptionLength, ConsoleGraph.Labels(node).Length);
        Assert.Equal(ConsoleGraph.MaxCaptionLength, ConsoleGraph.Type(relationship).Length);
        Assert.Equal(ConsoleGraph.MaxCaptionLength, ConsoleGraph.Caption(node).Length);
        Assert.True(ConsoleGraph.ToJson(elements).Length < 1_000, ConsoleGraph.ToJson(elements));
    }

    [Fact]
    public void ShouldNotHalveASurrogatePairInACaption()
    {
        var node = Node("1", ["Concept"], new() { ["name"] = new string('x', ConsoleGraph.MaxCaptionLength - 2) + "😀" + new string('y', 10) });

        var caption = ConsoleGraph.Caption(node);

        // Not Assert.Equal: a message holding a lone surrogate is dropped from the test report, failure and all.
        Assert.True(caption == new string('x', ConsoleGraph.MaxCaptionLength - 2) + "…",
            $"a caption of {caption.Length} characters ending U+{(int)caption[^2]:X4} U+{(int)caption[^1]:X4}");
    }

    [Fact]
    public void ShouldLinkIdsAsLongAsOurContentWritesAndNoLonger()
    {
        var longest = Node("1", ["Actor"], new() { ["id"] = new string('d', 1_000) + "/" + new string('a', 1_000) });
        var longer = Node("2", ["Actor"], new() { ["id"] = new string('d', 1_000) + "/" + new string('a', 1_001) });

        Assert.StartsWith("/networks/ddd", ConsoleGraph.Href(longest));
        Assert.Null(ConsoleGraph.Href(longer));
    }

    private static CypherGraphNode Node(string id, IReadOnlyList<string> labels, Dictionary<string, object?> properties) => new(id, labels, properties);
}
