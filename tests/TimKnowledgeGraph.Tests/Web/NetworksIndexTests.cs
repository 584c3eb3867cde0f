using TimKnowledgeGraph.Tests.Queries;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Web;

/// <summary>
/// The list of datasets (/networks, and the home page) counts every actor of a dataset, isolates included, as the
/// measures and the exports do (issue #13, "nothing dropped"): it counted only actors that participate in a layer.
/// </summary>
public sealed class NetworksIndexTests(Neo4jFixture neo4j) : Neo4jTest(neo4j), IDisposable
{
    private const string Id = "zzr-isolates";

    private readonly TempContent _folder = new TempContent()
        .With("dataset.md", """
            ---
            id: zzr-isolates
            title: Two tied, two alone
            layers:
              - {id: trade, name: Trade, nature: economic}
            regions:
              - {id: zzr-north, name: North}
              - {id: zzr-south, name: South}
            ---
            """)
        .With("actors.csv", """
            id,name,kind,region,layers
            a1,A1,firm,zzr-north,
            a2,A2,firm,zzr-north,
            i1,I1,firm,zzr-south,
            i2,I2,firm,,
            """)
        .With("ties.csv", """
            source,target,layer,resource,weight
            a1,a2,trade,,1
            """);

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await TradeFriendshipFixture.ImportAsync(Client, _folder.Root);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ShouldCountEveryActorOfADatasetIsolatesIncluded()
    {
        await using var host = await RunningHost.StartAsync(Neo4j, RepositoryPaths.Content);

        var list = await host.PageAsync("/networks");
        var row = Html.Between(list, $"href=\"/networks/{Id}\"", "</tr>");
        // 1 layer, 4 actors (two of them in no tie and no layer), 2 regions (those its actors are in).
        Assert.Contains("<td class=\"num\">1</td><td class=\"num\">4</td><td class=\"num\">2</td>", row);
        Assert.Contains("Two tied, two alone</a> — 4 actors in 1 layers", await host.PageAsync("/"));
    }
}
