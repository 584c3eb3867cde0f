using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Web;

/// <summary>
/// A note's tags (its front matter's <c>tags</c>, then those in its text) are shown under its title, each a search for
/// it, are found by the full-text search, and are the node's <c>tags</c> for plain Cypher.
/// </summary>
public sealed class NoteTagsPageTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    [Fact]
    public async Task ShouldShowSearchAndStoreANotesTags()
    {
        using var content = new TempContent()
            .With("references/refs.bib", "@article{doloreux2005, author = {Doloreux, David}, year = {2005}}\n")
            .With("concepts/ris.md", "---\nkind: tim\nname: Regional Innovation System\ntags: [regional-policy, tim/systems]\n---\nRegions #evolutionary.\n")
            .With("critiques/fuzzy.md", "---\nname: Fuzzy\ntargets: [ris]\nraised_in: doloreux2005\ntags: contested\n---\nVague.\n")
            .With("propositions/p1.md", "---\nnumber: 1\ntext: Learning is local.\ntags: [\"#tacit\"]\n---\nBody.\n");
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root, "--Content:Watch=false");
        var ct = TestContext.Current.CancellationToken;

        var concept = Html.Between(await host.Http.GetStringAsync("/concepts/ris", ct), "<header class=\"node-header\">", "</header>");
        Assert.Contains("<p class=\"tags\"><a class=\"tag\" href=\"/search?q=regional-policy\">#regional-policy</a> <a class=\"tag\" href=\"/search?q=tim%2Fsystems\">#tim/systems</a> <a class=\"tag\" href=\"/search?q=evolutionary\">#evolutionary</a> </p>", concept);
        Assert.Contains("href=\"/search?q=contested\">#contested</a>", await host.Http.GetStringAsync("/critiques/fuzzy", ct));
        Assert.Contains("href=\"/search?q=tacit\">#tacit</a>", await host.Http.GetStringAsync("/propositions/p1", ct));

        // A tag only the front matter gives is found by search (the body's are found as text anyway).
        Assert.Contains("href=\"/critiques/fuzzy\"", Html.Between(await host.Http.GetStringAsync("/search?q=contested", ct), "<main", "</main>"));

        var tagged = await Client.RunAsync([new CypherStatement("MATCH (n) WHERE 'regional-policy' IN n.tags OR 'tacit' IN n.tags RETURN n.id ORDER BY n.id")], ct);
        Assert.Equal(["p1", "ris"], tagged[0].Rows.Select(r => (string)r[0]!));
        var tags = await Client.RunAsync([new CypherStatement("MATCH (c:Concept {id: 'ris'}) RETURN c.tags")], ct);
        Assert.Equal(["regional-policy", "tim/systems", "evolutionary"], ((IEnumerable<object?>)tags[0].Rows[0][0]!).Cast<string>());
    }
}
