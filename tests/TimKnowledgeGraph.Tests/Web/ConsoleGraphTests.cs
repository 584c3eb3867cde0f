using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Graph.ReadOnly;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Web;

/// <summary>
/// The console's graph part, against the real server: a result holding nodes and relationships carries them (each once,
/// capped) through the read-only runner to the page, as Cytoscape elements in a JSON block that no property can break out of.
/// </summary>
public sealed partial class ConsoleGraphTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    private const string LearningRegionOut = "MATCH (c:Concept {id:'learning-region'})-[r]->(x) RETURN c, r, x LIMIT 10";

    [Fact]
    public async Task The_runner_returns_the_rows_nodes_and_relationships_each_once()
    {
        await Neo4j.Client.RunAsync([new CypherStatement(
            "CREATE (a:Concept {id:'a', name:'A'})-[:DERIVED_FROM {since: 1990}]->(b:Concept {id:'b', name:'B'}), (a)-[:MEMBER_OF]->(f:Concept {id:'f', title:'F'})")], TestContext.Current.CancellationToken);

        var result = await new ReadOnlyCypherRunner(Client).RunAsync("MATCH (a {id:'a'})-[r]->(x) RETURN a, r, x ORDER BY x.id", options: new ReadOnlyQueryOptions(IncludeGraph: true), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(2, result.Rows.Count);
        var graph = result.Graph!;
        Assert.False(graph.Truncated);
        Assert.Equal(["A", "B", "F"], graph.Nodes.Select(n => (string)(n.Properties.GetValueOrDefault("name") ?? n.Properties["title"])!).Order());
        Assert.All(graph.Nodes, n => Assert.Equal(["Concept"], n.Labels));
        var byId = graph.Nodes.ToDictionary(n => n.Id, n => (string)n.Properties["id"]!);
        Assert.Equal([("a", "DERIVED_FROM", "b"), ("a", "MEMBER_OF", "f")],
            graph.Relationships.Select(r => (byId[r.StartNodeId], r.Type, byId[r.EndNodeId])).Order());
        Assert.Equal(1990L, graph.Relationships.Single(r => r.Type == "DERIVED_FROM").Properties["since"]);
    }

    [Fact]
    public async Task Without_asking_the_runner_returns_no_graph()
    {
        var result = await new ReadOnlyCypherRunner(Client).RunAsync("RETURN 1 AS one", cancellationToken: TestContext.Current.CancellationToken);
        Assert.Null(result.Graph);
    }

    [Fact]
    public async Task One_row_collecting_a_thousand_nodes_gives_a_capped_graph_and_the_row_cap_still_holds()
    {
        await Neo4j.Client.RunAsync([new CypherStatement(
            "UNWIND range(1, 1000) AS i CREATE (:Bulk {id: 'n' + i, name: 'node ' + i})")], TestContext.Current.CancellationToken);
        var runner = new ReadOnlyCypherRunner(Client);

        var collected = await runner.RunAsync("MATCH (n:Bulk) RETURN collect(n) AS nodes", options: new ReadOnlyQueryOptions(IncludeGraph: true), cancellationToken: TestContext.Current.CancellationToken);
        var many = await runner.RunAsync("MATCH (n:Bulk) RETURN n", options: new ReadOnlyQueryOptions(MaxRows: 40, IncludeGraph: true), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Single(collected.Rows);
        Assert.True(collected.Graph!.Truncated);
        Assert.Equal(new CypherRowLimit(1).MaxGraphNodes, collected.Graph.Nodes.Count);
        Assert.Equal(40, many.Rows.Count);
        Assert.True(many.Truncated);
        Assert.Equal(40, many.Graph!.Nodes.Count); // only the nodes of the rows read
    }

    [Fact]
    public async Task The_console_page_carries_the_graph_of_the_learning_region_query()
    {
        using var content = TempContent.SmallLineage();
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root);
        var expectedRows = await Neo4j.CountAsync("MATCH (c:Concept {id:'learning-region'})-[r]->(x) RETURN count(*)");
        var expectedNodes = await Neo4j.CountAsync("MATCH (c:Concept {id:'learning-region'})-[r]->(x) RETURN count(DISTINCT x) + 1");

        var html = await ConsolePost.RunAsync(host, LearningRegionOut, "");

        Assert.True(expectedRows >= 2, "the small corpus links the Learning Region to its family and its source");
        Assert.Contains($"data-node-count=\"{expectedNodes}\"", html);
        Assert.Contains($"data-relationship-count=\"{expectedRows}\"", html);
        var elements = JsonDocument.Parse(JsonBlock(html)).RootElement;
        var nodes = elements.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("data")).ToList();
        var centre = Assert.Single(nodes, n => n.GetProperty("label").GetString() == "Learning Region");
        Assert.Equal("Concept", centre.GetProperty("kind").GetString());
        Assert.Equal("/concepts/learning-region", centre.GetProperty("href").GetString());
        var edges = elements.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("data")).ToList();
        Assert.Equal(expectedRows, edges.Count);
        Assert.All(edges, e => Assert.Equal(centre.GetProperty("id").GetString(), e.GetProperty("source").GetString()));
        // The accessible list names the same relationships.
        Assert.Equal(expectedNodes, Regex.Count(html, "<li data-node-id="));
    }

    [Fact]
    public async Task A_property_cannot_close_the_json_block()
    {
        using var content = TempContent.SmallLineage();
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root);
        await Neo4j.Client.RunAsync([new CypherStatement("CREATE (:Concept {id:'evil', name: $name})",
            new Dictionary<string, object?> { ["name"] = "</script><script>alert(1)</script>" })], TestContext.Current.CancellationToken);

        var html = await ConsolePost.RunAsync(host, "MATCH (c:Concept {id:'evil'}) RETURN c", "");

        var block = JsonBlock(html);
        Assert.DoesNotContain("<", block);
        Assert.Equal("</script><script>alert(1)</script>",
            JsonDocument.Parse(block).RootElement.GetProperty("nodes")[0].GetProperty("data").GetProperty("label").GetString());
    }

    [Fact]
    public async Task A_result_without_nodes_shows_no_graph()
    {
        using var content = TempContent.SmallLineage();
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root);

        var html = await ConsolePost.RunAsync(host, "MATCH (c:Concept) RETURN c.name AS name", "");

        Assert.DoesNotContain("console-graph", html);
        Assert.DoesNotContain("cytoscape", html);
    }

    private static string JsonBlock(string html) =>
        JsonBlockRegex().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new Xunit.Sdk.XunitException("no graph JSON block in the page");

    [GeneratedRegex("<script type=\"application/json\" id=\"console-graph-data\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonBlockRegex();
}

/// <summary>Posts a query to the console form with its antiforgery token and returns the page.</summary>
internal static partial class ConsolePost
{
    public static async Task<string> RunAsync(RunningHost host, string query, string parameters)
    {
        var token = await TokenAsync(host);
        using var response = await host.Http.PostAsync("/console", new FormUrlEncodedContent(
        [
            new("Query", query),
            new("Parameters", parameters),
            new("__RequestVerificationToken", token),
        ]));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, html);
        return html;
    }

    /// <summary>The console form's antiforgery token (its cookie is kept by the host's client).</summary>
    public static async Task<string> TokenAsync(RunningHost host) =>
        TokenRegex().Match(await host.Http.GetStringAsync("/console")).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenRegex();
}
