using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TimKnowledgeGraph.Graph.Analyses;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Graph.Import;
using TimKnowledgeGraph.Graph.Loading;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Analyses;

/// <summary>
/// Written-back measures never describe previous data: a content load or an import that changes a dataset removes them
/// at once (the same transaction for a load; the import replaces the properties) and marks them stale, and the refresher
/// then writes the measures of the new data. On the real Neo4j.
/// </summary>
public sealed class MeasureFreshnessTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    private const string Betweenness = "MATCH (a:Actor {dataset: $d}) WHERE a.betweenness IS NOT NULL RETURN a.id, a.betweenness, a.degree";

    [Fact]
    public async Task ShouldRemoveThenRewriteMeasuresWhenAContentLoadChangesTheNetwork()
    {
        using var content = new ContentCopy(RepositoryPaths.Content);
        var (sync, service, refresher) = Services(content.Root);
        await sync.LoadAsync(TestContext.Current.CancellationToken);
        var before = await service.WriteAsync("preface-network", TestContext.Current.CancellationToken);
        var actors = before!.Value.Actors;
        Assert.True(actors > 0);

        // A new tie between two actors that were not tied: degrees and betweenness change.
        content.AppendLine("networks/preface-network/ties.csv", "roel,frans,rsa-network,a tie added by the test,1");
        var outcome = await sync.LoadAsync(TestContext.Current.CancellationToken);
        Assert.True(outcome.Succeeded, string.Join('\n', outcome.Errors));

        Assert.Empty(await RowsAsync(Betweenness, "preface-network")); // removed with the load, before anyone can read them
        Assert.Equal(0, await Neo4j.CountAsync("MATCH (:Actor {dataset: 'preface-network'})-[p:PARTICIPATES_IN]->() WHERE p.degree IS NOT NULL RETURN count(p)"));
        Assert.Equal(1, await Neo4j.CountAsync("MATCH (d:Dataset {id: 'preface-network', measuresState: 'stale'}) WHERE d.measuresWrittenAt IS NULL RETURN count(d)"));
        Assert.Equal(1, refresher.Pending);

        var refreshed = await refresher.RunPendingAsync(TestContext.Current.CancellationToken);

        Assert.Equal([new MeasureRefresh("preface-network", actors, true)], refreshed);
        await AssertWrittenMatchFreshComputationAsync("preface-network", actors);
        Assert.Equal(1, await Neo4j.CountAsync("MATCH (d:Dataset {id: 'preface-network', measuresState: 'current'}) RETURN count(d)"));
        Assert.Equal(2, await Neo4j.CountAsync("MATCH (a:Actor) WHERE a.id IN ['preface-network/roel', 'preface-network/frans'] AND (a)-[:TIE {key: 'rsa-network'}]-(:Actor) RETURN count(a)"));
    }

    [Fact]
    public async Task ShouldLeaveMeasuresAloneWhenAContentLoadChangesNoNetwork()
    {
        using var content = new ContentCopy(RepositoryPaths.Content);
        var (sync, service, refresher) = Services(content.Root);
        await sync.LoadAsync(TestContext.Current.CancellationToken);
        var written = await service.WriteAsync("preface-network", TestContext.Current.CancellationToken);

        content.Replace("concepts/learning-region.md", "name: ", "name: Edited ");
        await sync.LoadAsync(TestContext.Current.CancellationToken);

        Assert.Equal(written!.Value.Actors, (await RowsAsync(Betweenness, "preface-network")).Count);
        Assert.Equal(0, refresher.Pending);
    }

    [Fact]
    public async Task ShouldRewriteMeasuresOfTheNewDataAfterAReimport()
    {
        using var content = new TempContent();
        var folder = Path.Combine(content.Root, "fresh");
        FixtureNetworks.WriteRandom(folder, "fresh", 60, 150, 2, 3, 4, 11);
        var (_, service, refresher) = Services(content.Root);
        var importer = new NetworkImporter(Client, Options.Create(new ImportOptions { BatchSize = 40 }), NullLogger<NetworkImporter>.Instance, refresher);
        Assert.True((await importer.ImportAsync(folder, null, TestContext.Current.CancellationToken)).Succeeded);
        Assert.Equal(0, refresher.Pending); // nobody asked for written measures yet
        await service.WriteAsync("fresh", TestContext.Current.CancellationToken); // as timkg analyse does
        var old = (await RowsAsync(Betweenness, "fresh")).ToDictionary(r => (string)r[0]!, r => (double)r[1]!);
        Assert.Equal(60, old.Count);

        FixtureNetworks.WriteRandom(folder, "fresh", 60, 150, 2, 3, 4, 12); // same actors, other ties
        Assert.True((await importer.ImportAsync(folder, null, TestContext.Current.CancellationToken)).Succeeded);

        Assert.Empty(await RowsAsync(Betweenness, "fresh"));
        Assert.Equal(1, refresher.Pending);
        await refresher.RunPendingAsync(TestContext.Current.CancellationToken);
        var now = await AssertWrittenMatchFreshComputationAsync("fresh", 60);
        Assert.Contains(now, p => Math.Abs(p.Value - old[p.Key]) > 1e-9); // really the new data's values
    }

    [Fact]
    public async Task ShouldNotRecomputeDatasetsAboveTheBound()
    {
        using var content = new TempContent();
        var folder = Path.Combine(content.Root, "big");
        FixtureNetworks.WriteRandom(folder, "big", 30, 60, 2, 2, 2, 5);
        var (_, service, refresher) = Services(content.Root, new MeasureOptions { RefreshMaxActors = 29 });
        var importer = new NetworkImporter(Client, Options.Create(new ImportOptions()), NullLogger<NetworkImporter>.Instance, refresher);
        Assert.True((await importer.ImportAsync(folder, null, TestContext.Current.CancellationToken)).Succeeded);
        await service.WriteAsync("big", TestContext.Current.CancellationToken);
        Assert.True((await importer.ImportAsync(folder, null, TestContext.Current.CancellationToken)).Succeeded);

        var refreshed = await refresher.RunPendingAsync(TestContext.Current.CancellationToken);

        Assert.Equal([new MeasureRefresh("big", 30, false)], refreshed);
        Assert.Empty(await RowsAsync(Betweenness, "big"));
    }

    private (ContentSyncService Sync, MeasureService Service, MeasureRefresher Refresher) Services(string root, MeasureOptions? options = null)
    {
        var service = new MeasureService(Client, Options.Create(options ?? new MeasureOptions()));
        var refresher = new MeasureRefresher(Client, service, Options.Create(options ?? new MeasureOptions()), NullLogger<MeasureRefresher>.Instance);
        var sync = new ContentSyncService(Client, new GraphSyncWriter(), new LoadStatus(), Options.Create(new ContentOptions { Root = root }),
            NullLogger<ContentSyncService>.Instance, refresher);
        return (sync, service, refresher);
    }

    // Every actor's written betweenness and degree equal a computation on a projection made now.
    private async Task<Dictionary<string, double>> AssertWrittenMatchFreshComputationAsync(string dataset, long actors)
    {
        var network = (await MultiplexProjection.ReadAsync(Client, dataset, TestContext.Current.CancellationToken))!;
        var expected = MeasureCalculator.Compute(network, new MeasureOptions());
        var rows = await RowsAsync(Betweenness, dataset);
        Assert.Equal(actors, rows.Count);
        var ids = network.ActorIds.ToList();
        foreach (var row in rows)
        {
            var i = ids.IndexOf((string)row[0]!);
            Assert.Equal(expected.Aggregate.Betweenness[i], (double)row[1]!, 12);
            Assert.Equal(expected.Aggregate.Degree[i], (long)row[2]!);
        }
        return rows.ToDictionary(r => (string)r[0]!, r => (double)r[1]!);
    }

    private async Task<IReadOnlyList<IReadOnlyList<object?>>> RowsAsync(string statement, string dataset) =>
        (await Client.RunAsync([CypherStatement.Of(statement, ("d", dataset))]))[0].Rows;
}
