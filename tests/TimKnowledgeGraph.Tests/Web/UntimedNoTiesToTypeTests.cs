using TimKnowledgeGraph.Tests.Infrastructure;
using TimKnowledgeGraph.Tests.Queries;

namespace TimKnowledgeGraph.Tests.Web;

/// <summary>
/// A dataset without time with a region whose only actor's only tie is a kinship tie to another region (Santa Maria
/// Novella in the Florentine families with made-up regions): no tie of Figure 1's three classes. regional-typology
/// calls it "unclassified", nearest satellite-platform (one class away from nothing); the pages showed just that, a type
/// near a satellite platform for a region with no economic tie at all, where a dataset with time says there is nothing
/// to type. Now both say so alike.
/// </summary>
public sealed class UntimedNoTiesToTypeTests(Neo4jFixture neo4j) : Neo4jTest(neo4j), IDisposable
{
    private const string Id = "zzu-families";
    private const string Page = "/networks/" + Id;

    private readonly TempContent _folder = new TempContent()
        .With("dataset.md", """
            ---
            id: zzu-families
            title: Families, no time
            layers:
              - {id: business, name: Business, nature: economic}
              - {id: marriage, name: Marriage, nature: kinship}
            regions:
              - {id: zzu-sgio, name: San Giovanni}
              - {id: zzu-smn, name: Santa Maria Novella}
            ---
            """)
        .With("actors.csv", """
            id,name,kind,region,layers
            medici,Medici,family,zzu-sgio,
            pazzi,Pazzi,family,zzu-sgio,
            acciaiuoli,Acciaiuoli,family,zzu-smn,
            """)
        .With("ties.csv", """
            source,target,layer,resource,weight
            medici,pazzi,business,,1
            acciaiuoli,medici,marriage,,1
            """);

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await TradeFriendshipFixture.ImportAsync(Client, _folder.Root);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ShouldShowARegionWithNoTieOfTheThreeClassesAsHavingNoTiesToTypeAndNoNearestType()
    {
        var query = (await QueryFixtures.RunAsync(Client, "regional-typology", ("dataset", Id))).RecordList();
        Assert.Equal("unclassified", query.Single(r => (string)r["regionId"]! == "zzu-smn")["type"]); // the query is as documented

        await using var host = await RunningHost.StartAsync(Neo4j, RepositoryPaths.Content);
        var typology = Html.Between(await host.PageAsync(Page), "id=\"typology\"", "</section>");
        var smn = Html.Between(typology, "/regions/zzu-smn\">Santa Maria Novella</a>", "</tr>");
        var region = Html.Between(await host.PageAsync(Page + "/regions/zzu-smn"), "id=\"type\"", "</section>");

        Assert.Contains("<strong>no ties to type</strong>", smn);
        Assert.DoesNotContain("closest", smn);
        // San Giovanni has a regional economic tie only: unclassified, and its nearest rows are still named.
        Assert.Contains("<strong>unclassified</strong>", Html.Between(typology, "/regions/zzu-sgio\">San Giovanni</a>", "</tr>"));
        Assert.Contains("closest:", Html.Between(typology, "/regions/zzu-sgio\">San Giovanni</a>", "</tr>"));
        Assert.Contains("data-type=\"none\"", region);
        Assert.DoesNotContain("Satellite platform", region);
    }
}
