using System.Net;
using System.Text.RegularExpressions;
using TimKnowledgeGraph.Host.Web.Console;
using TimKnowledgeGraph.Tests.Infrastructure;
using TimKnowledgeGraph.Tests.Queries;

namespace TimKnowledgeGraph.Tests.Web;

/// <summary>The Cypher console: a form posting a query, answered with a server-rendered table; writes are refused.</summary>
public sealed partial class ConsoleTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
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

    /// <summary>
    /// Every value was written out whole: one list of 2.9 million strings made a 119 MB page and took the host's memory
    /// up by 700 MB. Each value is cut now, and its cell says how long it was.
    /// </summary>
    [Fact]
    public async Task ShouldCutAHugeValueAndSayHowLongItWas()
    {
        using var content = TempContent.SmallLineage();
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root);
        var oneCell = await ConsolePost.RunAsync(host, "RETURN 1 AS r", "");

        var html = await ConsolePost.RunAsync(host, "RETURN [x IN range(1, 200000) | \"<<<<<<<\"] AS r", "");

        // As JSON the list is 200,000 quoted items of 9 characters, 199,999 commas and two brackets.
        Assert.Contains("<span class=\"value-cut\">… (cut: the first 2,000 of 2,000,001 characters)</span>", html);
        Assert.Contains("Values longer than 2,000 characters are cut; <code>POST /api/cypher</code> returns them whole.", html);
        var shown = WebUtility.HtmlDecode(CutCellRegex().Match(html).Groups[1].Value);
        Assert.Equal(ConsoleTable.MaxCellChars, shown.Length);
        Assert.StartsWith("[\"<<<<<<<\",\"<<<<<<<\",", shown);
        // The page of a one-cell result, plus that cell's 2,000 characters escaped (at most 6 to 1, &quot;) and the notes.
        Assert.True(html.Length < oneCell.Length + 6 * ConsoleTable.MaxCellChars + 1_000, $"a page of {html.Length:N0} characters");
    }

    [Fact]
    public async Task ShouldShowASmallValueWhole()
    {
        using var content = TempContent.SmallLineage();
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root);

        var html = await ConsolePost.RunAsync(host, "RETURN '<b>small</b>' AS text, [1, 2, 3] AS list", "");

        Assert.Contains("<td class=\"\">&lt;b&gt;small&lt;/b&gt;</td>", html);
        Assert.Contains("<td class=\"cell-json\">[1,2,3]</td>", html);
        Assert.DoesNotContain("value-cut", html);
        Assert.DoesNotContain("are cut", html);
    }

    /// <summary>Before values were cut, 500 rows of two such lists made a page of about 28 MB.</summary>
    [Fact]
    public async Task ShouldStopAWideResultAtTheTableBudgetAndSaySo()
    {
        using var content = TempContent.SmallLineage();
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root);
        var oneCell = await ConsolePost.RunAsync(host, "RETURN 1 AS r", "");

        var html = await ConsolePost.RunAsync(host,
            "UNWIND range(1, 500) AS i RETURN i, [x IN range(1, 700) | \"<>&'\"] AS a, [x IN range(1, 700) | \"<>&'\"] AS b", "");

        var rows = Regex.Count(html, "<tr><td");
        Assert.InRange(rows, 100, 499);
        Assert.Contains($"Only the first {rows} of the 500 rows are shown", html);
        Assert.Equal(2 * rows, Regex.Count(html, "class=\"value-cut\""));
        // The table's characters, escaped at most 6 to 1 (&#x27;), its markup counted in them, and a cut note per cell.
        var bound = oneCell.Length + 6 * ConsoleTable.MaxTableChars + 100 * 3 * rows;
        Assert.True(html.Length < bound, $"a page of {html.Length:N0} characters, more than {bound:N0}");
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

    [GeneratedRegex("<td class=\"cell-json\">([^<]*)<span class=\"value-cut\">")]
    private static partial Regex CutCellRegex();
}
