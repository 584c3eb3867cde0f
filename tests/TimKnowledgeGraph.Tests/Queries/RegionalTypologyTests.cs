using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Tests.Infrastructure;
using static TimKnowledgeGraph.Tests.Queries.QueryFixtures;

namespace TimKnowledgeGraph.Tests.Queries;

/// <summary>regional-typology reproduces Markusen (1996) Figure 1 on regions built to match it.</summary>
public sealed class RegionalTypologyTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await LoadNetworkAsync(Client, Markusen);
    }

    [Fact]
    public async Task Reproduces_Figure_1()
    {
        var rows = (await RunAsync(Client, "regional-typology", ("dataset", "zzq-markusen"))).RecordList().ToDictionary(r => (string)r["regionId"]!);

        //                                              RE     RS     GE     type
        AssertRow(rows["zzq-marshall"], true, true, true, "marshallian");
        AssertRow(rows["zzq-hub"], true, false, true, "hub-and-spoke");
        AssertRow(rows["zzq-satellite"], false, false, true, "satellite-platform");
        AssertRow(rows["zzq-village"], false, true, false, "unclassified");
        Assert.Equal(["marshallian", "satellite-platform"], List(rows["zzq-village"]["closest"]));
        Assert.Contains("matches no Figure 1 row", (string)rows["zzq-village"]["rule"]!, StringComparison.Ordinal);
        Assert.Contains("matches Figure 1 row marshallian", (string)rows["zzq-marshall"]["rule"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shows_the_scores_ties_crossing_regions_count_for_neither()
    {
        var rows = (await RunAsync(Client, "regional-typology", ("dataset", "zzq-markusen"))).RecordList().ToDictionary(r => (string)r["regionId"]!);
        var marshall = rows["zzq-marshall"];
        Assert.Equal((1L, 2L, 1L), (Long(marshall["regionalEconomicTies"]), Long(marshall["regionalSocialTies"]), Long(marshall["globalEconomicTies"])));
        // Strength: the class's ties per actor of the region (three actors here).
        Assert.Equal(1.0 / 3.0, Double(marshall["regionalEconomicPerActor"]), 1e-9);
        Assert.Equal(2.0 / 3.0, Double(marshall["regionalSocialPerActor"]), 1e-9);
        // h2 - m3 (regional-social) and s1 - h2 (regional-economic) cross regions: neither end's region gets them.
        Assert.Equal(0L, Long(rows["zzq-hub"]["regionalSocialTies"]));
        Assert.Equal(1L, Long(rows["zzq-hub"]["regionalEconomicTies"]));
        Assert.Equal(0L, Long(rows["zzq-satellite"]["regionalEconomicTies"]));
        Assert.Equal(2L, Long(rows["zzq-satellite"]["globalEconomicTies"]));
    }

    [Fact]
    public async Task Threshold_and_social_natures_are_parameters()
    {
        var strict = (await RunAsync(Client, "regional-typology", ("dataset", "zzq-markusen"), ("threshold", 2L))).RecordList()
            .ToDictionary(r => (string)r["regionId"]!);
        // With two ties needed, the Marshallian district keeps only its regional-social ties (2).
        AssertRow(strict["zzq-marshall"], false, true, false, "unclassified");
        var noSocial = (await RunAsync(Client, "regional-typology", ("dataset", "zzq-markusen"), ("socialNatures", new List<string> { "kinship" }))).RecordList()
            .ToDictionary(r => (string)r["regionId"]!);
        AssertRow(noSocial["zzq-marshall"], true, false, true, "hub-and-spoke");
    }

    [Fact]
    public async Task Counts_each_tie_once_with_self_loops_reverse_ties_and_actors_without_region()
    {
        // Hand count on the multiplex fixture (family = regional-kinship, so regional-social by default; trade = global-economic):
        // South (Cas, Dee, Fab): family c->d is inside it (1 tie; the self-loop d->d ties no two actors and counts in no
        // class, as in every other analysis); trade d->f, c->f, f->c
        // (reverse ties are distinct ties) and e->f from the North: 4 ties with at least one end there.
        // North (Ann, Ben, Eve): b->c leaves the region (no class); e->f is its only global-economic tie.
        // Gil and Hal have no region and count nowhere.
        await Neo4j.WipeAsync();
        await LoadNetworkAsync(Client, Multiplex);
        var rows = (await RunAsync(Client, "regional-typology", ("dataset", "zzq-multiplex"))).RecordList().ToDictionary(r => (string)r["regionId"]!);

        Assert.Equal(["zzq-north", "zzq-south"], rows.Keys.Order());
        var south = rows["zzq-south"];
        Assert.Equal((3L, 0L, 1L, 4L), (Long(south["actors"]), Long(south["regionalEconomicTies"]), Long(south["regionalSocialTies"]), Long(south["globalEconomicTies"])));
        Assert.Equal(1.0 / 3.0, Double(south["regionalSocialPerActor"]), 1e-9);
        Assert.Equal(4.0 / 3.0, Double(south["globalEconomicPerActor"]), 1e-9);
        Assert.Equal(0.0, Double(south["regionalEconomicPerActor"]), 1e-9);
        AssertRow(south, false, true, true, "unclassified");
        var north = rows["zzq-north"];
        Assert.Equal((3L, 0L, 0L, 1L), (Long(north["actors"]), Long(north["regionalEconomicTies"]), Long(north["regionalSocialTies"]), Long(north["globalEconomicTies"])));
        Assert.Equal(1.0 / 3.0, Double(north["globalEconomicPerActor"]), 1e-9);
        AssertRow(north, false, false, true, "satellite-platform");
    }

    [Fact]
    public async Task Types_regions_from_where_tie_ends_are_when_layers_declare_only_their_nature()
    {
        // One trade layer (economic) with local and distant ties and one friendship layer (social), no scale anywhere:
        // expected.py derives the figures from the CSV files by the rule alone (both ends in the region: regional;
        // one end outside, in another region or in none: global). Hand check: Marshallia m1->m2 trade (RE), m2->x1 trade
        // to an outside actor (GE), three friendship ties inside (RS); Hubton h1->h2 (RE), h1->x1 and h2->s1 (GE);
        // Satellite Park h2->s1 and s2->x2 (GE), s1->h1 is a social tie leaving it (no class); the village has only
        // v1->v2 friendship (RS). The actors without a region (x1, x2, iso2) form no region; zzq-empty has no actors.
        await Neo4j.WipeAsync();
        var outcome = await TradeFriendshipFixture.ImportAsync(Client);
        var expected = TradeFriendshipFixture.ExpectedTypology();
        Assert.Equal("marshallian", expected["zzq-mars"].Type); // the fixture still covers all three types (and one without)
        Assert.Equal("hub-and-spoke", expected["zzq-hub"].Type);
        Assert.Equal("satellite-platform", expected["zzq-sat"].Type);
        Assert.Equal("unclassified", expected["zzq-vil"].Type);

        var rows = (await RunAsync(Client, "regional-typology", ("dataset", TradeFriendshipFixture.Id))).RecordList().ToDictionary(r => (string)r["regionId"]!);

        Assert.Equal(expected.Keys.Order(), rows.Keys.Order());
        foreach (var (region, e) in expected)
        {
            var row = rows[region];
            Assert.Equal((e.Actors, e.Re, e.Rs, e.Ge, e.Type),
                (Long(row["actors"]), Long(row["regionalEconomicTies"]), Long(row["regionalSocialTies"]), Long(row["globalEconomicTies"]), (string)row["type"]!));
        }
        // Families are actors too: an unknown kind is a warning, not a reason to refuse the dataset.
        Assert.Contains(outcome.Diagnostics, d => d.Code == "TKG035" && d.Message.Contains("'family'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_declared_scale_overrides_the_geography_of_the_data()
    {
        await Neo4j.WipeAsync();
        await TradeFriendshipFixture.ImportAsync(Client);
        // Declared regional, trade's ties to outside actors count nowhere: Marshallia keeps RE and RS, loses GE.
        await Client.RunAsync([CypherStatement.Of("MATCH (n:Network {id: $id}) SET n.scale = 'regional'", ("id", TradeFriendshipFixture.Id + "/trade"))], TestContext.Current.CancellationToken);
        var regional = (await RunAsync(Client, "regional-typology", ("dataset", TradeFriendshipFixture.Id))).RecordList().ToDictionary(r => (string)r["regionId"]!);
        Assert.Equal((1L, 0L), (Long(regional["zzq-mars"]["regionalEconomicTies"]), Long(regional["zzq-mars"]["globalEconomicTies"])));
        AssertRow(regional["zzq-hub"], true, false, false, "unclassified");

        // Declared global, every trade tie with an end in the region is global-economic, the local ones too.
        await Client.RunAsync([CypherStatement.Of("MATCH (n:Network {id: $id}) SET n.scale = 'global'", ("id", TradeFriendshipFixture.Id + "/trade"))], TestContext.Current.CancellationToken);
        var global = (await RunAsync(Client, "regional-typology", ("dataset", TradeFriendshipFixture.Id))).RecordList().ToDictionary(r => (string)r["regionId"]!);
        Assert.Equal((0L, 2L), (Long(global["zzq-mars"]["regionalEconomicTies"]), Long(global["zzq-mars"]["globalEconomicTies"])));
        AssertRow(global["zzq-hub"], false, false, true, "satellite-platform");
        Assert.Equal(3L, Long(global["zzq-hub"]["globalEconomicTies"]));
    }

    private static void AssertRow(IReadOnlyDictionary<string, object?> row, bool re, bool rs, bool ge, string type)
    {
        Assert.Equal((re, rs, ge, type), ((bool)row["regionalEconomic"]!, (bool)row["regionalSocial"]!, (bool)row["globalEconomic"]!, (string)row["type"]!));
    }
}
