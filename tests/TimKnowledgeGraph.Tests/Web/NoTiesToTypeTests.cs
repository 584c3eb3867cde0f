using System.Net;
using TimKnowledgeGraph.Tests.Infrastructure;
using TimKnowledgeGraph.Tests.Loading;
using TimKnowledgeGraph.Tests.Queries;
using static TimKnowledgeGraph.Tests.Queries.QueryFixtures;

namespace TimKnowledgeGraph.Tests.Web;

/// <summary>
/// A region whose actors have no tie in a wave (issue #15, the pages on the computed route): the computed typology gives
/// it a row with every count 0 ("unclassified", nearest satellite-platform by Figure 1), regional-typology.cypher leaves
/// it out; the pages show it as having no ties to type, never as a district type. South's only tie is in wave w2.
/// </summary>
public sealed class NoTiesToTypeTests(Neo4jFixture neo4j) : Neo4jTest(neo4j), IDisposable
{
    private const string Id = "zzr-waves";
    private const string Page = "/networks/" + Id;

    private readonly TempContent _folder = new TempContent()
        .With("dataset.md", """
            ---
            id: zzr-waves
            title: Two waves, one region idle in the first
            waves: [w1, w2]
            layers:
              - {id: trade, name: Trade, nature: economic}
              - {id: friendship, name: Friendship, nature: social}
            regions:
              - {id: zzr-north, name: North}
              - {id: zzr-south, name: South}
            ---
            North trades in both waves (and with f, outside any region, in w1); South's actors trade with each other in w2 only.
            """)
        .With("actors.csv", """
            id,name,kind,region,layers,from,to,wave
            n1,North One,firm,zzr-north,,,,
            n2,North Two,firm,zzr-north,,,,
            s1,South One,firm,zzr-south,,,,
            s2,South Two,firm,zzr-south,,,,
            f,Far Buyer,firm,,,,,
            """)
        .With("ties.csv", """
            source,target,layer,resource,weight,from,to,wave
            n1,n2,trade,supply,1,,,w1
            n1,n2,trade,supply,1,,,w2
            n1,n2,friendship,,1,,,w1
            n1,f,trade,supply,1,,,w1
            s1,s2,trade,supply,1,,,w2
            """);

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await TradeFriendshipFixture.ImportAsync(Client, _folder.Root);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ShouldShowTheIdleRegionOnTheDatasetPageWithNoTiesToTypeAndTheOtherWithItsType()
    {
        await using var host = await RunningHost.StartAsync(Neo4j, RepositoryPaths.Content);
        var typology = Html.Between(await host.PageAsync(Page + "?wave=w1"), "id=\"typology\"", "</section>");

        var south = Html.Between(typology, "/regions/zzr-south?wave=w1\">South</a>", "</tr>");
        Assert.Contains("<strong>no ties to type</strong>", south);
        Assert.Contains("no regional-economic, regional-social or global-economic tie in wave w1", south);
        Assert.DoesNotContain("unclassified", south);
        // North in w1: RE 1 (n1-n2 trade), RS 1 (friendship), GE 1 (n1-f leaves North): all three, Marshallian.
        Assert.Contains("<strong>marshallian</strong>", Html.Between(typology, "/regions/zzr-north?wave=w1\">North</a>", "</tr>"));
    }

    [Fact]
    public async Task ShouldTypeTheRegionInTheWaveItHasTies()
    {
        await using var host = await RunningHost.StartAsync(Neo4j, RepositoryPaths.Content);
        var typology = Html.Between(await host.PageAsync(Page + "?wave=w2"), "id=\"typology\"", "</section>");

        // South in w2: RE 1 (s1-s2 trade), RS 0, GE 0: no Figure 1 row, nearest hub-and-spoke.
        var south = Html.Between(typology, "/regions/zzr-south?wave=w2\">South</a>", "</tr>");
        Assert.Contains("<strong>unclassified</strong>", south);
        Assert.Contains("closest: hub-and-spoke", south);
    }

    [Fact]
    public async Task ShouldSayOnTheRegionPageThatThereIsNothingToTypeInThatWave()
    {
        await using var host = await RunningHost.StartAsync(Neo4j, RepositoryPaths.Content);
        var w1 = Html.Between(await host.PageAsync(Page + "/regions/zzr-south?wave=w1"), "id=\"type\"", "</section>");
        var w2 = Html.Between(await host.PageAsync(Page + "/regions/zzr-south?wave=w2"), "id=\"type\"", "</section>");

        Assert.Contains("data-type=\"none\"", w1);
        Assert.Contains("nothing to type", WebUtility.HtmlDecode(w1));
        Assert.Contains("data-type=\"unclassified\"", w2);
    }

    [Fact]
    public async Task ShouldLeaveTheIdleRegionOutOfRegionalTypologyAsItsHeaderSays()
    {
        var w1 = (await RunAsync(Client, "regional-typology", ("dataset", Id), ("wave", "w1"))).RecordList();
        var w2 = (await RunAsync(Client, "regional-typology", ("dataset", Id), ("wave", "w2"))).RecordList();

        Assert.Equal(["zzr-north"], w1.Select(r => (string)r["regionId"]!));
        Assert.Equal(["zzr-north", "zzr-south"], w2.Select(r => (string)r["regionId"]!));
    }
}
