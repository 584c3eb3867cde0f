using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Graph.Queries;
using TimKnowledgeGraph.Tests.Infrastructure;
using TimKnowledgeGraph.Tests.Loading;

namespace TimKnowledgeGraph.Tests.Queries;

/// <summary>
/// A split query answers the same run as its parts at once as run in one go (parts = 1), on the real Neo4j: every
/// count adds up over the parts and every row is whole. The parts are as many requests, each with its own part.
/// </summary>
public sealed class SplitQueryRunTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    public static TheoryData<string, string> SplitQueriesAndDatasets => new()
    {
        { "layer-overlap", "zzq-multiplex" },
        { "layer-overlap", "zzq-markusen" },
        { "regional-typology", "zzq-multiplex" },
        { "regional-typology", "zzq-markusen" },
    };

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await QueryFixtures.LoadNetworkAsync(Client, QueryFixtures.Multiplex);
        await QueryFixtures.LoadNetworkAsync(Client, QueryFixtures.Markusen);
    }

    [Fact]
    public void The_whole_network_analyses_are_split()
    {
        var split = QueryCatalog.Embedded.All.Where(q => q.Split is not null).Select(q => q.Name).Order();
        Assert.Equal(SplitQueriesAndDatasets.Select(row => row.Data.Item1).Distinct().Order(), split);
    }

    [Theory]
    [MemberData(nameof(SplitQueriesAndDatasets))]
    public async Task Parts_run_at_once_give_the_answer_of_one_run(string name, string dataset)
    {
        var counting = new StatementLog(Client);
        var inParts = await new NamedQueryRunner(counting).RunAsync(QueryCatalog.Embedded.Get(name), Defaults(name, dataset), TestContext.Current.CancellationToken);
        var inOneGo = await QueryFixtures.RunInOneGoAsync(Client, name, ("dataset", dataset));

        Assert.NotEmpty(inOneGo.Rows);
        Assert.Equal(inOneGo.Columns, inParts.Columns);
        Assert.Equal(inOneGo.Rows.Select(Show), inParts.Rows.Select(Show));
        var parts = QueryCatalog.Embedded.Get(name).Split!.Parts;
        Assert.Equal(Enumerable.Range(0, parts).Select(p => (long)p), counting.Parts.Order());
    }

    [Fact]
    public async Task A_run_asking_for_one_part_gets_that_part_only()
    {
        var counting = new StatementLog(Client);
        var parameters = Defaults("layer-overlap", "zzq-multiplex");
        parameters["part"] = 1L;
        parameters["parts"] = 2L;
        var one = await new NamedQueryRunner(counting).RunAsync(QueryCatalog.Embedded.Get("layer-overlap"), parameters, TestContext.Current.CancellationToken);
        var whole = await QueryFixtures.RunInOneGoAsync(Client, "layer-overlap", ("dataset", "zzq-multiplex"));

        Assert.Equal([1L], counting.Parts);
        var actorsA = whole.Columns.ToList().IndexOf("actorsA");
        Assert.True(one.Rows.Sum(r => (long)r[actorsA]!) < whole.Rows.Sum(r => (long)r[actorsA]!));
    }

    private static Dictionary<string, object?> Defaults(string name, string dataset)
    {
        var parameters = QueryCatalog.Embedded.Get(name).DefaultParameters();
        parameters["dataset"] = dataset;
        return parameters;
    }

    private static string Show(IReadOnlyList<object?> row) => System.Text.Json.JsonSerializer.Serialize(row);

    /// <summary>Passes statements on and notes the part each one was asked for.</summary>
    private sealed class StatementLog(ICypherClient inner) : DelegatingCypherClient(inner)
    {
        private readonly List<long> _parts = [];

        public IReadOnlyList<long> Parts { get { lock (_parts) return [.. _parts]; } }

        public override Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken = default)
        {
            lock (_parts) _parts.AddRange(statements.Select(s => (long)s.Parameters!["part"]!));
            return base.RunAsync(statements, cancellationToken);
        }
    }
}
