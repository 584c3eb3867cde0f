using System.Net;
using TimKnowledgeGraph.Tests.Infrastructure;
using TimKnowledgeGraph.Tests.Queries;

namespace TimKnowledgeGraph.Tests.Web;

/// <summary>The Cypher console: a form posting a query, answered with a server-rendered table; writes are refused.</summary>
public sealed class ConsoleTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    [Fact]
    public async Task ShouldRunAReadOnlyQueryWithParametersAndShowTheRows()
    {
        using var content = TempContent.SmallLineage();
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root);

        var html = await ConsolePost.RunAsync(host, "MATCH (c:Concept {id: $id}) RETURN c.name AS name, c.year AS year", "id = learning-region");

        Assert.Contains("<th scope=\"col\">name</th>", html);
        Assert.Contains("<td class=\"\">Learning Region</td>", html);
        Assert.Contains("<td class=\"\">1993</td>", html);
        Assert.Contains("1 row", html);
    }

    [Fact]
    public async Task ShouldRefuseAWriteAndChangeNothing()
    {
        using var content = TempContent.SmallLineage();
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root);
        var before = await Neo4j.CountAsync("MATCH (n) RETURN count(n)");

        var html = await ConsolePost.RunAsync(host, "CREATE (n:Concept {id: 'intruder'}) RETURN n", "");

        Assert.Contains("class=\"error\" role=\"alert\"", html);
        Assert.Contains("Refused", html);
        Assert.Equal(before, await Neo4j.CountAsync("MATCH (n) RETURN count(n)"));
    }

    [Theory]
    [InlineData(Exploits.CreateUser, "dbms.security.createUser")]
    [InlineData(Exploits.ChangePassword, "dbms.security.changePassword")]
    public async Task ShouldRefuseTheSecurityProcedureExploits(string exploit, string procedure)
    {
        using var content = TempContent.SmallLineage();
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root);
        var before = await GuardedState.ReadAsync(Client);

        var html = WebUtility.HtmlDecode(await ConsolePost.RunAsync(host, exploit, ""));

        Assert.Contains("class=\"error\" role=\"alert\"", html);
        Assert.Contains("Refused", html);
        Assert.Contains(procedure, html);
        Assert.Equal(before, await GuardedState.ReadAsync(Client));
    }

    [Fact]
    public async Task ShouldCutThirtyMillionRowsAtItsPage()
    {
        using var content = TempContent.SmallLineage();
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root);

        var html = await ConsolePost.RunAsync(host, Exploits.ThirtyMillionRows, "");

        Assert.Contains("500 rows (more rows were cut off)", html);
        Assert.Contains("<td class=\"\">500</td>", html);
        Assert.DoesNotContain("<td class=\"\">501</td>", html);
    }

    [Fact]
    public async Task ShouldListTheNamedQueriesAsExamplesAndLoadOne()
    {
        using var content = TempContent.SmallLineage();
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root);

        var page = await host.Http.GetStringAsync("/console", TestContext.Current.CancellationToken);
        Assert.Contains("href=\"/console?example=lineage\"", page);
        Assert.Contains("href=\"/console?example=critiques\"", page);

        var loaded = await host.Http.GetStringAsync("/console?example=lineage", TestContext.Current.CancellationToken);
        Assert.Contains("MATCH (c:Concept {id: $id})", WebUtility.HtmlDecode(loaded));
        Assert.Contains("id = learning-region", WebUtility.HtmlDecode(loaded));
    }

    [Fact]
    public async Task ShouldRejectAPostWithoutTheAntiforgeryToken()
    {
        using var content = TempContent.SmallLineage();
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root);

        using var response = await host.Http.PostAsync("/console", new FormUrlEncodedContent([new("Query", "RETURN 1")]), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
