using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Web;

/// <summary>
/// A note whose links Obsidian wrote relative to it ("relative path to file") loads, and its page links them where
/// loading resolved them (the page reads the note's own file from the graph).
/// </summary>
public sealed class WikiLinkPathPageTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    [Fact]
    public async Task ShouldLinkTargetsWrittenRelativeToTheNote()
    {
        using var content = TempContent.SmallLineage().With("critiques/vague.md", """
            ---
            name: Too vague
            targets: [learning-region]
            raised_in: [storper1993]
            ---
            Aimed at [[../concepts/learning-region]] and its [[../concepts/territorial-innovation-models.md|family]].
            """);
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root, "--Content:Watch=false");

        var html = await host.Http.GetStringAsync("/critiques/vague", TestContext.Current.CancellationToken);

        Assert.Contains("<a class=\"wikilink\" href=\"/concepts/learning-region\">Learning Region</a>", html);
        Assert.Contains("<a class=\"wikilink\" href=\"/concepts/territorial-innovation-models\">family</a>", html);
        Assert.DoesNotContain("wikilink unresolved", html);
    }
}
