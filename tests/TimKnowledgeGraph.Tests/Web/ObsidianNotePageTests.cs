using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Web;

/// <summary>
/// A note written as researchers write in Obsidian (a folded callout, a highlight, inline and defined footnotes, links
/// to its own heading and block) loads, and its page and the graph agree: every link the page shows inside a callout
/// or a footnote is a MENTIONS or CITES in the graph, and the links inside the note go to anchors the page has.
/// </summary>
public sealed class ObsidianNotePageTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    [Fact]
    public async Task ShouldShowCalloutsFootnotesAndAnchorsAsTheGraphReadsThem()
    {
        using var content = TempContent.SmallLineage().With("concepts/proximity.md", """
            ---
            kind: concept
            name: Proximity
            ---
            # Kinds

            > [!warning]- Beware [[learning-region]]
            > Inside: [[sdin]] and ==marked== text.

            A claim^[Put by [[territorial-innovation-models|the family]] and [@florida1995].] and another[^1]. ^claim

            See [[#Kinds]] and [[#^claim|the claim]].

            [^1]: Defined, citing [@storper1993] and [[learning-organisation]].
            """);
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root, "--Content:Watch=false");

        var html = await host.Http.GetStringAsync("/concepts/proximity", TestContext.Current.CancellationToken);

        Assert.Contains("<details class=\"callout callout-warning\">\n<summary class=\"callout-title\"><span class=\"visually-hidden\">Warning: </span>Beware " +
            "<a class=\"wikilink\" href=\"/concepts/learning-region\">Learning Region</a></summary>", html);
        Assert.Contains("<a class=\"wikilink\" href=\"/concepts/sdin\">", html);
        Assert.Contains("<mark>marked</mark>", html);
        Assert.Contains("<sup class=\"footnote-ref\"><a id=\"note-fnref:1\" href=\"#note-fn:1\" aria-label=\"Footnote 1\">1</a></sup>", html);
        Assert.Contains("<li id=\"note-fn:1\"><p>Put by <a class=\"wikilink\" href=\"/concepts/territorial-innovation-models\">the family</a>", html);
        Assert.Contains("<li id=\"note-fn:2\">", html);
        Assert.Contains("href=\"/concepts/learning-organisation\"", html);
        Assert.Contains("id=\"note-kinds\"", html);
        Assert.Contains("<a class=\"wikilink\" href=\"#note-kinds\">Kinds</a>", html);
        Assert.Contains("<p id=\"note-^claim\">", html);
        Assert.Contains("<a class=\"wikilink\" href=\"#note-%5Eclaim\">the claim</a>", html);
        Assert.DoesNotContain("wikilink unresolved", html);

        var graph = await Client.RunAsync([
            new CypherStatement("MATCH (:Concept {id: 'proximity'})-[:MENTIONS]->(t) RETURN t.id ORDER BY t.id"),
            new CypherStatement("MATCH (:Concept {id: 'proximity'})-[:CITES]->(r) RETURN r.id ORDER BY r.id"),
        ], TestContext.Current.CancellationToken);
        Assert.Equal(["learning-organisation", "learning-region", "sdin", "territorial-innovation-models"], graph[0].Rows.Select(r => (string?)r[0]));
        Assert.Equal(["florida1995", "storper1993"], graph[1].Rows.Select(r => (string?)r[0]));
    }
}
