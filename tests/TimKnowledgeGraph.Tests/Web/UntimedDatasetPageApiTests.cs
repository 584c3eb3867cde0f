using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Tests.Infrastructure;
using TimKnowledgeGraph.Tests.Queries;

namespace TimKnowledgeGraph.Tests.Web;

/// <summary>
/// The page of a dataset without time shows the layer overlap and the typology that <c>/api/networks/{d}/overlap</c>
/// and <c>/typology</c> answer: one computation on the projection for both (it ran layer-overlap and regional-typology
/// on Neo4j, 8 s for a first visit at 100,000 ties, while the API computed them). The two routes differ only where the
/// projection leaves a tie out by design (one to a node that is not one of the dataset's actors, which only hand-written
/// Cypher makes): such a tie is written here, so a page that still ran the named queries would show other figures.
/// The region page types a region from the same computation.
/// </summary>
public sealed partial class UntimedDatasetPageApiTests(Neo4jFixture neo4j) : Neo4jTest(neo4j), IDisposable
{
    private const string Id = "zzq-untimed";

    private readonly TempContent _folder = new TempContent()
        .With("dataset.md", """
            ---
            id: zzq-untimed
            title: Untimed, three layers
            layers:
              - {id: trade, name: Trade, nature: economic, scale: regional}
              - {id: friends, name: Friends, nature: social}
              - {id: export, name: Export, nature: economic, scale: global}
            regions:
              - {id: zzq-north, name: North}
              - {id: zzq-south, name: South}
            ---
            """)
        .With("actors.csv", """
            id,name,kind,region,layers
            a1,A1,firm,zzq-north,
            a2,A2,firm,zzq-north,
            a3,A3,firm,zzq-north,friends
            b1,B1,firm,zzq-south,
            b2,B2,firm,zzq-south,
            c1,C1,firm,zzq-east,
            d1,D1,firm,,
            """)
        .With("ties.csv", """
            source,target,layer,resource,weight
            a1,a2,trade,,1
            a2,a3,trade,,1
            a1,a2,friends,,1
            a2,a3,friends,,1
            b1,b2,trade,,1
            a1,b1,export,,1
            a2,c1,export,,1
            b2,d1,export,,1
            a1,a2,export,,1
            c1,d1,friends,,1
            """);

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await TradeFriendshipFixture.ImportAsync(Client, _folder.Root);
        // A tie of the export layer from North's a1 to an actor of no dataset: regional-typology counts it as a global
        // tie of North, layer-overlap as an export pair; the projection has neither.
        await Client.RunAsync([CypherStatement.Of(
            "MATCH (a:Actor {dataset: $d}) WHERE a.id ENDS WITH '/a1' CREATE (a)-[:TIE {network: $d + '/export'}]->(:Actor {id: 'zzq-stranger', name: 'Stranger'})",
            ("d", Id))], TestContext.Current.CancellationToken);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ShouldShowTheOverlapAndTypologyTheApiAnswersForADatasetWithoutTime()
    {
        var ct = TestContext.Current.CancellationToken;
        var query = (await QueryFixtures.RunAsync(Client, "regional-typology", ("dataset", Id))).RecordList();
        await using var host = await RunningHost.StartAsync(Neo4j, RepositoryPaths.Content);
        var page = await host.PageAsync("/networks/" + Id);
        var api = await RecordsAsync(host, $"/api/networks/{Id}/typology");
        var overlap = await RecordsAsync(host, $"/api/networks/{Id}/overlap");

        // The typology: every region the API lists, with its figures and type, in the page's table.
        var typology = Html.Between(page, "id=\"typology\"", "</section>");
        Assert.Equal(3, api.Count);
        foreach (var r in api)
        {
            var id = r.GetProperty("regionId").GetString()!;
            var name = r.GetProperty("regionName").GetString() ?? id;
            var row = Html.Between(typology, $"/regions/{id}\">{name}</a>", "</tr>");
            Assert.Equal([Long(r, "actors"), Long(r, "regionalEconomicTies"), Long(r, "regionalSocialTies"), Long(r, "globalEconomicTies")],
                Numbers().Matches(row).Select(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)));
            Assert.Contains($"<strong>{r.GetProperty("type").GetString()}</strong>", row);
        }
        // The route the page used to take answers otherwise (so this test tells the routes apart).
        Assert.Equal(3, Long(api.Single(r => r.GetProperty("regionId").GetString() == "zzq-north"), "globalEconomicTies"));
        Assert.Equal(4L, query.Single(r => (string)r["regionId"]! == "zzq-north")["globalEconomicTies"]);

        // The overlap: both heat maps' cells say "shared of either" for each pair of layers, as the API counts them.
        var section = Html.Between(page, "id=\"overlap\"", "</section>");
        var (actors, ties) = (Html.Between(section, "<h3>Actor overlap</h3>", "<h3>Tie overlap</h3>"), section[section.IndexOf("<h3>Tie overlap</h3>", StringComparison.Ordinal)..]);
        Assert.Equal(3, overlap.Count);
        foreach (var r in overlap)
        {
            var (a, b) = (r.GetProperty("layerAName").GetString(), r.GetProperty("layerBName").GetString());
            Assert.Contains($"title=\"{a} and {b}: {Long(r, "actorsBoth")} shared of {Long(r, "actorsEither")}\"", actors);
            Assert.Contains($"title=\"{a} and {b}: {Long(r, "pairsBoth")} shared of {Long(r, "pairsEither")}\"", ties);
        }

        // The region page types North from the same figures.
        var north = Html.Between(await host.PageAsync($"/networks/{Id}/regions/zzq-north"), "id=\"type\"", "</section>");
        Assert.Contains("<td class=\"num\">3</td>", Html.Between(north, "data-class=\"global-economic\"", "</tr>"));
    }

    [GeneratedRegex("<td class=\"num\">(\\d+)")]
    private static partial Regex Numbers();

    private static long Long(JsonElement record, string column) => record.GetProperty(column).GetInt64();

    private static async Task<List<JsonElement>> RecordsAsync(RunningHost host, string path)
    {
        using var document = JsonDocument.Parse(await host.Http.GetStringAsync(path, TestContext.Current.CancellationToken));
        return [.. document.RootElement.GetProperty("records").EnumerateArray().Select(e => e.Clone())];
    }
}
