using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Graph.ReadOnly;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Queries;

/// <summary>Raw Cypher through <see cref="ReadOnlyCypherRunner"/> on the real server: writes are refused and change nothing.</summary>
public sealed class ReadOnlyCypherRunnerTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    private const string CountEverything =
        "MATCH (n) OPTIONAL MATCH (n)-[r]->() WITH count(DISTINCT n) AS nodes, count(r) AS rels " +
        "RETURN nodes * 1000000 + rels";

    public static TheoryData<string> Writes => new()
    {
        "CREATE (:Zzq {id: 'x'})",
        "MERGE (:Actor {id: 'zzq-new'})",
        "MATCH (a:Actor) SET a.name = 'changed'",
        "MATCH (a:Actor) SET a:Changed",
        "MATCH (a:Actor) REMOVE a.name",
        "MATCH (a:Actor) REMOVE a:Actor",
        "MATCH ()-[t:TIE]->() DELETE t",
        "MATCH (a:Actor) DETACH DELETE a",
        "MATCH (a:Actor {id: 'zzq-a'}), (b:Actor {id: 'zzq-b'}) CREATE (a)-[:TIE]->(b)",
        "MATCH (a:Actor) WITH a LIMIT 1 MERGE (a)-[:TIE]->(a)",
        "FOREACH (i IN range(1, 3) | CREATE (:Zzq))",
        "LOAD CSV FROM 'file:///etc/hostname' AS line RETURN line",
        "CREATE INDEX ON :Zzq(id)",
        "CREATE CONSTRAINT ON (z:Zzq) ASSERT z.id IS UNIQUE",
        "DROP INDEX ON :Actor(name)",
        "  // a comment first\n  create index on :Zzq(name)",
        "CALL dbms.security.createUser('zzq', 'zzq', false)",
        "CALL db.awaitIndexes()",
        "PROFILE MATCH (n) RETURN n",
        "MATCH (a:Actor) WITH a RETURN a UNION MATCH (b:Actor) SET b.x = 1 RETURN b AS a",
        "UNWIND [1] AS i CREATE (n:Zzq) RETURN n",
    };

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task Writes_are_refused_and_the_graph_is_unchanged(string query)
    {
        await QueryFixtures.LoadNetworkAsync(Client, QueryFixtures.Multiplex);
        var before = await Neo4j.CountAsync(CountEverything);
        var propertiesBefore = await Neo4j.CountAsync("MATCH (a:Actor) WHERE a.name IS NOT NULL AND NOT a:Changed RETURN count(a)");
        var indexesBefore = await Neo4j.CountAsync("CALL db.indexes() YIELD description RETURN count(*)");

        var refused = await Assert.ThrowsAsync<ReadOnlyViolationException>(() => new ReadOnlyCypherRunner(Client).RunAsync(query, cancellationToken: TestContext.Current.CancellationToken));

        Assert.False(string.IsNullOrWhiteSpace(refused.Operation));
        Assert.Contains(refused.Operation, refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, await Neo4j.CountAsync(CountEverything));
        Assert.Equal(propertiesBefore, await Neo4j.CountAsync("MATCH (a:Actor) WHERE a.name IS NOT NULL AND NOT a:Changed RETURN count(a)"));
        Assert.Equal(indexesBefore, await Neo4j.CountAsync("CALL db.indexes() YIELD description RETURN count(*)"));
    }

    [Theory]
    [InlineData("MATCH (n:Actor) SET n.name = 'x'", ReadOnlyCheck.Text, "SET")]
    [InlineData("MATCH (n:Actor) DETACH DELETE n", ReadOnlyCheck.Text, "DETACH DELETE")]
    [InlineData("CREATE INDEX ON :Zzq(id)", ReadOnlyCheck.Text, "CREATE INDEX/CONSTRAINT")]
    [InlineData("CALL dbms.security.createUser('zzq', 'zzq', false)", ReadOnlyCheck.Procedure, "dbms.security.createUser")]
    public async Task The_refusal_says_which_operation(string query, ReadOnlyCheck check, string operation)
    {
        var refused = await Assert.ThrowsAsync<ReadOnlyViolationException>(() => new ReadOnlyCypherRunner(Client).RunAsync(query, cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal((check, operation), (refused.Check, refused.Operation));
    }

    [Theory]
    [InlineData(Exploits.CreateUser, "dbms.security.createUser")]
    [InlineData(Exploits.ChangePassword, "dbms.security.changePassword")]
    public async Task The_security_procedure_exploits_are_refused_and_change_no_user(string exploit, string procedure)
    {
        await QueryFixtures.LoadNetworkAsync(Client, QueryFixtures.Multiplex);
        var before = await GuardedState.ReadAsync(Client);

        var refused = await Assert.ThrowsAsync<ReadOnlyViolationException>(() => new ReadOnlyCypherRunner(Client).RunAsync(exploit, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal((ReadOnlyCheck.Procedure, procedure), (refused.Check, refused.Operation));
        Assert.Equal(before, await GuardedState.ReadAsync(Client));
    }

    [Theory]
    [InlineData(Exploits.CreateUser, "dbms.security.createUser")]
    [InlineData(Exploits.ChangePassword, "dbms.security.changePassword")]
    public async Task The_plan_check_alone_refuses_the_exploits_naming_the_procedure(string exploit, string procedure)
    {
        var before = await GuardedState.ReadAsync(Client);
        var refused = await Assert.ThrowsAsync<ReadOnlyViolationException>(() => new ReadOnlyCypherRunner(Client).CheckPlanAsync(exploit, null, TestContext.Current.CancellationToken));
        Assert.Equal((ReadOnlyCheck.Procedure, procedure), (refused.Check, refused.Operation));
        Assert.Equal(before, await GuardedState.ReadAsync(Client));
    }

    [Theory]
    [InlineData("MATCH (n:Actor) SET n.name = 'x'", "SetNodeProperty")]
    [InlineData("MATCH (n:Actor) SET n += {x: 1}", "SetNodePropertyFromMap")]
    [InlineData("MATCH (n:Actor) DETACH DELETE n", "DetachDelete")]
    [InlineData("MERGE (n:Zzq {id: 1})", "AntiConditionalApply")] // above MergeCreateNode in the plan: the first unknown operator is named
    [InlineData("CREATE (n) WITH n MATCH (m) RETURN m", "CreateNode")]
    [InlineData("FOREACH (i IN [1] | CREATE (:Zzq))", "Foreach")]
    [InlineData("LOAD CSV FROM 'file:///etc/hostname' AS l RETURN l", "LoadCSV")]
    [InlineData("CREATE INDEX ON :Zzq(id)", "CreateIndex")]
    [InlineData("DROP INDEX ON :Actor(name)", "DropIndex")]
    [InlineData("MATCH (a), (b) CREATE UNIQUE (a)-[:R]->(b)", "UpdateGraph")]
    [InlineData("START n = node(*) RETURN n", "AllNodes")]
    public async Task The_plan_check_alone_refuses_writes_naming_the_operator(string query, string operatorName)
    {
        var refused = await Assert.ThrowsAsync<ReadOnlyViolationException>(() => new ReadOnlyCypherRunner(Client).CheckPlanAsync(query, null, TestContext.Current.CancellationToken));
        Assert.Equal((ReadOnlyCheck.Plan, operatorName), (refused.Check, refused.Operation));
    }

    [Fact]
    public async Task Reads_run_with_parameters_and_are_cut_at_the_row_limit()
    {
        await QueryFixtures.LoadNetworkAsync(Client, QueryFixtures.Multiplex);
        var runner = new ReadOnlyCypherRunner(Client);

        var all = await runner.RunAsync("MATCH (a:Actor) WHERE a.id STARTS WITH $prefix RETURN a.id AS id ORDER BY id", new Dictionary<string, object?> { ["prefix"] = "zzq-" }, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(8, all.Rows.Count);
        Assert.False(all.Truncated);

        var cut = await runner.RunAsync("MATCH (a:Actor) RETURN a.id AS id ORDER BY id", options: new ReadOnlyQueryOptions(MaxRows: 3), cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(cut.Truncated);
        Assert.Equal(["zzq-a", "zzq-b", "zzq-c"], cut.Records().Select(r => (string)r["id"]!));
    }

    [Fact]
    public async Task A_plan_deeper_than_the_default_JSON_depth_is_read_and_checked()
    {
        // 100 UNIONs: a plan 102 operators deep, about 200 JSON levels.
        var query = string.Join(" UNION ", Enumerable.Range(0, 100).Select(_ => "RETURN 1 AS x"));
        var result = await new ReadOnlyCypherRunner(Client).RunAsync(query, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal([1L], result.Rows.Select(r => r[0]));
    }

    [Fact]
    public async Task A_row_too_large_to_hold_is_refused_with_a_clear_error()
    {
        // One string of 2^25 characters: 32 MB, past the per-answer byte limit.
        var tooLarge = await Assert.ThrowsAsync<CypherResultTooLargeException>(() =>
            new ReadOnlyCypherRunner(Client).RunAsync("RETURN reduce(s = 'x', i IN range(1, 25) | s + s) AS s", cancellationToken: TestContext.Current.CancellationToken));
        Assert.Contains("larger than 32 MB", tooLarge.Message);
        Assert.Equal(1L, await Neo4j.CountAsync("RETURN 1"));
        // The host refused it, not Neo4j: the title said "Neo4j rejected the statement".
        var text = TimKnowledgeGraph.Host.Output.RefusalText.From(tooLarge)!;
        Assert.Equal(("Result row too large", 400), (text.Title, text.Status));
        Assert.StartsWith("refused by TimKnowledgeGraph, not by Neo4j: a single row of the answer is larger than 32 MB", text.Sentence);
    }

    [Fact]
    public async Task Allowed_procedures_run()
    {
        await QueryFixtures.LoadNetworkAsync(Client, QueryFixtures.Multiplex);
        var result = await new ReadOnlyCypherRunner(Client).RunAsync("CALL db.labels() YIELD label RETURN label ORDER BY label", cancellationToken: TestContext.Current.CancellationToken);
        Assert.Contains(result.Rows, r => (string?)r[0] == "Actor");
    }

    [Fact]
    public async Task A_query_over_its_time_limit_is_stopped_without_waiting_for_it()
    {
        // 400 million rows: about a minute on 3.1.1 here, far beyond the one-second limit.
        var query = "UNWIND range(1, 20000) AS a UNWIND range(1, 20000) AS b RETURN count(*)";
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var timedOut = await Assert.ThrowsAsync<CypherQueryTimeoutException>(() =>
            new ReadOnlyCypherRunner(Client).RunAsync(query, options: new ReadOnlyQueryOptions(Timeout: TimeSpan.FromSeconds(1)), cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal(TimeSpan.FromSeconds(1), timedOut.Limit);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        // The server is still usable afterwards.
        Assert.Equal(1L, await Neo4j.CountAsync("RETURN 1"));
    }

    [Fact]
    public async Task Queries_past_their_limit_keep_their_places_until_Neo4j_has_finished_them()
    {
        // Only computes (no read of the graph), so rolling its transaction back does not stop it: several seconds in
        // Neo4j 3.1 here, far beyond the one-second limit.
        const string computes = "UNWIND range(1, 6000) AS a UNWIND range(1, 6000) AS b RETURN count(*)";
        var runner = new ReadOnlyCypherRunner(Client);
        var oneSecond = new ReadOnlyQueryOptions(Timeout: TimeSpan.FromSeconds(1));
        var token = TestContext.Current.CancellationToken;

        var runaways = Enumerable.Range(0, ReadOnlyCypherRunner.MaxConcurrentQueries).Select(_ => runner.RunAsync(computes, options: oneSecond, cancellationToken: token)).ToList();
        foreach (var runaway in runaways) await Assert.ThrowsAsync<CypherQueryTimeoutException>(() => runaway);

        // Both places are still taken by what Neo4j is computing: the next query is refused, and nothing is sent.
        var busy = await Assert.ThrowsAsync<CypherBusyException>(() => runner.RunAsync("RETURN 1", options: oneSecond, cancellationToken: token));
        Assert.Contains("at most 2 run at once", busy.Message);

        // Once Neo4j has finished them, the places are free again. The probe gets a generous limit of its own: it may
        // start while the other runaway still computes on one of the two cores, and a loaded machine (CI runs the
        // tests in parallel) once took longer than a second for its EXPLAIN and run; that is not what this test checks.
        var probe = new ReadOnlyQueryOptions(Timeout: TimeSpan.FromSeconds(30));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                Assert.Equal(1L, (await runner.RunAsync("RETURN 1", options: probe, cancellationToken: token)).Rows[0][0]);
                break;
            }
            catch (CypherBusyException) when (clock.Elapsed < TimeSpan.FromMinutes(2))
            {
            }
        }
    }
}
