using System.Text.Json;
using System.Xml.Linq;
using TimKnowledgeGraph.Graph.Exports;
using TimKnowledgeGraph.Graph.Networks;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Tests.Infrastructure;
using TimKnowledgeGraph.Tests.Queries;

namespace TimKnowledgeGraph.Tests.Exports;

/// <summary>
/// The exports' paged read (<see cref="NetworkDatasetReader.OpenAsync"/>) on the real Neo4j gives what the named query
/// <c>network</c> gives in one row, in the same order, whatever the page size; its time summary is what the ties and
/// actors carry; it reads pages only as the ties are taken; and the streamed files hold the documents the in-memory
/// writers build.
/// </summary>
public sealed class NetworkReadTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    // A content-shaped network (regions, no import), an imported one with isolates and outside actors, a timed panel.
    private static readonly string[] Datasets = ["zzq-markusen", TradeFriendshipFixture.Id, TimedFixtureWriter.Id];

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await QueryFixtures.LoadNetworkAsync(Client, QueryFixtures.Markusen);
        await TradeFriendshipFixture.ImportAsync(Client);
        await TimedFixtureWriter.WriteAsync(Client);
    }

    [Fact]
    public async Task The_paged_read_gives_what_the_network_query_gives_at_any_page_size()
    {
        foreach (var id in Datasets)
        {
            var row = (await QueryFixtures.RunAsync(Client, "network", ("dataset", id))).Records().Single();
            var expected = Json(NetworkDatasetReader.FromRecord(row));
            Assert.Contains("\"Ties\":[{", expected, StringComparison.Ordinal); // the fixtures have ties to compare
            foreach (var pageSize in new[] { 1, 3, NetworkDatasetReader.DefaultPageSize })
            {
                var read = await new NetworkDatasetReader(Client) { PageSize = pageSize }.ReadAsync(id, TestContext.Current.CancellationToken);
                Assert.Equal(expected, Json(read!));
            }
            // Pages cut by their actors' tie counts too: a page of one actor whatever its ties, or of a few actors.
            foreach (var pageTies in new[] { 1, 4 })
            {
                var read = await new NetworkDatasetReader(Client) { PageTies = pageTies }.ReadAsync(id, TestContext.Current.CancellationToken);
                Assert.Equal(expected, Json(read!));
            }
        }
    }

    [Fact]
    public async Task The_time_summary_is_what_the_ties_and_actors_carry()
    {
        foreach (var id in Datasets)
        {
            var network = (await new NetworkDatasetReader(Client).OpenAsync(id, TestContext.Current.CancellationToken))!;
            var dataset = await network.ToDatasetAsync(TestContext.Current.CancellationToken);
            Assert.Equal(NetworkTimeSummary.Of(dataset.Ties.Select(t => t.Time).Concat(dataset.Actors.Select(a => a.Time))), network.Time);
        }
        var timed = (await new NetworkDatasetReader(Client).OpenAsync(TimedFixtureWriter.Id, TestContext.Current.CancellationToken))!;
        Assert.Equal(new NetworkTimeSummary(Dates: true, WaveIndexes: true, Waves: true), timed.Time);
    }

    [Theory]
    [InlineData("{validFrom: '2001-01-01'}")]
    [InlineData("{validTo: '2001-12-31', waveIndex: 1}")]
    [InlineData("{wave: 'w1'}")]
    [InlineData("{waveIndex: 0}")]
    [InlineData("{wave: 'w1', waveIndex: 0}")]
    [InlineData("{weight: 2.0}")]
    public async Task The_time_summary_probes_find_each_kind_of_time_on_the_ties_alone(string tieProperties)
    {
        // A timed dataset whose actors carry no time: the summary comes from the probes of the ties alone. The second
        // tie carries nothing, so a probe must find the tie that does, wherever it is.
        const string id = "zzq-probe";
        await Client.RunAsync([new CypherStatement(
            $"CREATE (d:Dataset {{id: '{id}', timed: true}})-[:CONTAINS]->(:Network {{id: '{id}/l', layer: 'l'}}) " +
            $"CREATE (a:Actor {{id: '{id}/a', localId: 'a', dataset: '{id}'}}), (b:Actor {{id: '{id}/b', localId: 'b', dataset: '{id}'}}) " +
            $"CREATE (a)-[:TIE {{network: '{id}/l'}}]->(b) CREATE (b)-[t:TIE {{network: '{id}/l'}}]->(a) SET t += {tieProperties}")],
            TestContext.Current.CancellationToken);

        var network = (await new NetworkDatasetReader(Client).OpenAsync(id, TestContext.Current.CancellationToken))!;
        var ties = (await network.ToDatasetAsync(TestContext.Current.CancellationToken)).Ties;

        Assert.Equal(2, ties.Count);
        Assert.Equal(NetworkTimeSummary.Of(ties.Select(t => t.Time)), network.Time);
    }

    [Fact]
    public async Task An_unknown_dataset_is_null()
    {
        Assert.Null(await new NetworkDatasetReader(Client).OpenAsync("zzq-no-such-dataset", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Pages_are_read_only_as_the_ties_are_taken()
    {
        var counting = new CountingClient(Client);
        var network = (await new NetworkDatasetReader(counting) { PageSize = 1 }.OpenAsync(TradeFriendshipFixture.Id, TestContext.Current.CancellationToken))!;
        var beforeTies = counting.Statements;

        await using var ties = network.Ties.GetAsyncEnumerator(TestContext.Current.CancellationToken);
        Assert.True(await ties.MoveNextAsync());
        var atFirstTie = counting.Statements - beforeTies;
        while (await ties.MoveNextAsync()) { }

        // One actor per page: 13 actors, 13 pages, one statement each; the first tie came before most were asked for.
        Assert.Equal(13, network.Dataset.Actors.Count);
        Assert.Equal(13, counting.Statements - beforeTies);
        Assert.InRange(atFirstTie, 1, 6);
    }

    [Fact]
    public async Task The_streamed_files_are_the_documents_the_writers_build()
    {
        foreach (var id in Datasets)
        {
            var dataset = (await new NetworkDatasetReader(Client).ReadAsync(id, TestContext.Current.CancellationToken))!;
            Assert.True(XNode.DeepEquals(GraphMlWriter.Write(dataset), await StreamedAsync(id, GraphMlWriter.WriteAsync)));
            Assert.True(XNode.DeepEquals(GexfWriter.Write(dataset), await StreamedAsync(id, GexfWriter.WriteAsync)));
        }
    }

    private async Task<XDocument> StreamedAsync(string id, NetworkWriter write)
    {
        var network = (await new NetworkDatasetReader(Client) { PageSize = 2 }.OpenAsync(id, TestContext.Current.CancellationToken))!;
        using var bytes = new MemoryStream();
        await write(network, ByteSinks.ToStream(bytes), TestContext.Current.CancellationToken);
        return XDocument.Parse(System.Text.Encoding.UTF8.GetString(bytes.ToArray()));
    }

    private static string Json(NetworkDataset dataset) => JsonSerializer.Serialize(dataset);

    /// <summary>The real client, counting the statements sent through it.</summary>
    private sealed class CountingClient(ICypherClient inner) : ICypherClient
    {
        private int _statements;

        public int Statements => Volatile.Read(ref _statements);

        public Uri ServerUri => inner.ServerUri;

        public Task<ServerInfo> GetServerInfoAsync(CancellationToken cancellationToken = default) => inner.GetServerInfoAsync(cancellationToken);

        public Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken = default)
        {
            Interlocked.Add(ref _statements, statements.Count);
            return inner.RunAsync(statements, cancellationToken);
        }

        public Task<ICypherTransaction> BeginTransactionAsync(TransactionOptions? options = null, CancellationToken cancellationToken = default) =>
            inner.BeginTransactionAsync(options, cancellationToken);
    }
}
