using TimKnowledgeGraph.Tests.Infrastructure;
using static TimKnowledgeGraph.Tests.Queries.QueryFixtures;

namespace TimKnowledgeGraph.Tests.Queries;

/// <summary>The knowledge queries on the hand-built graph of Fixtures/knowledge.cypher.</summary>
public sealed class KnowledgeQueryTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await LoadKnowledgeAsync(Client);
    }

    [Fact]
    public async Task Critiques_are_direct_inherited_from_ancestor_and_from_family_with_responses()
    {
        var rows = (await RunAsync(Client, "critiques", ("id", "zzq-lr"))).RecordList().ToDictionary(r => (string)r["critiqueId"]!);

        Assert.Equal(["zzq-lo-firm-bias", "zzq-lr-fuzzy", "zzq-tim-undertheorised"], rows.Keys.Order());
        Assert.DoesNotContain("zzq-ris-national", rows.Keys); // a sibling's critique does not apply

        var fuzzy = rows["zzq-lr-fuzzy"];
        Assert.Equal("direct", fuzzy["reach"]);
        Assert.Equal(0L, fuzzy["depth"]);
        var raised = Map(Assert.Single(List(fuzzy["raisedIn"])));
        Assert.Equal("zzq-hassink2007", raised["ref"]);
        Assert.Equal(2007L, raised["year"]);
        Assert.Equal("section 3", raised["locator"]);
        var response = Map(Assert.Single(List(fuzzy["responses"])));
        Assert.Equal("zzq-lr", response["id"]);
        Assert.StartsWith("A clear focus", (string)response["how"]!, StringComparison.Ordinal);
        Assert.Equal(["zzq-tim-undertheorised"], List(fuzzy["specialises"]));

        var family = rows["zzq-tim-undertheorised"];
        Assert.Equal("inherited-from-family", family["reach"]);
        Assert.Equal("zzq-tims", family["viaId"]);
        Assert.Equal("zzq-p1", Map(Assert.Single(List(family["responses"])))["id"]);
        Assert.Equal("zzq-lr-fuzzy", Map(Assert.Single(List(family["specialisedBy"])))["id"]);

        var ancestor = rows["zzq-lo-firm-bias"];
        Assert.Equal("inherited-from-ancestor", ancestor["reach"]);
        Assert.Equal("zzq-lo", ancestor["viaId"]);
        Assert.Empty(List(ancestor["responses"]));
    }

    [Fact]
    public async Task Critiques_respect_maxDepth()
    {
        var rows = (await RunAsync(Client, "critiques", ("id", "zzq-lr"), ("maxDepth", 0L))).RecordList();
        Assert.Equal("zzq-lr-fuzzy", (string)Assert.Single(rows)["critiqueId"]!);
    }

    [Fact]
    public async Task Evidence_balance_counts_each_stance_and_names_sources()
    {
        var row = Assert.Single((await RunAsync(Client, "evidence-balance", ("id", "zzq-lr"))).RecordList());
        Assert.Equal((1L, 1L, 1L, 0L), (Long(row["supports"]), Long(row["challenges"]), Long(row["qualifies"]), Long(row["balance"])));
        var items = List(row["items"]).Select(Map).ToList();
        Assert.Equal(["supports", "challenges", "qualifies"], items.Select(i => (string)i["stance"]!));
        Assert.Equal("Dataset", items[2]["sourceLabel"]);
        Assert.Equal("zzq-hassink2007", items[1]["sourceId"]);
        Assert.Equal("p. 1", items[1]["locator"]);
    }

    [Fact]
    public async Task Most_contested_ranks_by_challenges_plus_critiques_then_id()
    {
        var rows = (await RunAsync(Client, "most-contested", ("limit", 3L))).RecordList();
        Assert.Equal(["zzq-ris", "zzq-lr", "zzq-lo"], rows.Select(r => (string)r["id"]!));
        Assert.Equal([1L, 2L, 3L], rows.Select(r => Long(r["rank"])));
        Assert.Equal(3L, Long(rows[0]["contestation"]));
    }

    [Fact]
    public async Task Reading_list_gives_each_reference_once_with_its_roles()
    {
        var rows = (await RunAsync(Client, "reading-list", ("id", "zzq-lr"))).RecordList().ToDictionary(r => (string)r["id"]!);
        Assert.Equal(
            ["zzq-asheim1996", "zzq-florida1995", "zzq-hassink2007", "zzq-moulaert2003", "zzq-rutten2014", "zzq-storper1993"],
            rows.Keys.Order());
        Assert.Equal(["evidence", "introduced"], List(rows["zzq-storper1993"]["roles"]));
        Assert.Equal(["lineage-step"], List(rows["zzq-florida1995"]["roles"]));
        Assert.Equal(["cited", "critique"], List(rows["zzq-asheim1996"]["roles"]));
        Assert.Equal(["critique", "lineage-ancestor"], List(rows["zzq-moulaert2003"]["roles"]));
        Assert.Equal(["lineage-descendant"], List(rows["zzq-rutten2014"]["roles"]));
        Assert.Equal("10.1080/00343409312331347675", rows["zzq-storper1993"]["doi"]);
    }

    [Fact]
    public async Task Search_is_case_insensitive_and_grouped_by_label()
    {
        var rows = (await RunAsync(Client, "search", ("text", "LEARNING"))).RecordList().ToDictionary(r => (string)r["label"]!);
        Assert.Contains("Concept", rows.Keys);
        Assert.Contains("Reference", rows.Keys);
        var concepts = List(rows["Concept"]["hits"]).Select(h => (string)Map(h)["id"]!).ToList();
        Assert.Contains("zzq-lr", concepts);
        var byAlias = (await RunAsync(Client, "search", ("text", "tims"))).RecordList();
        Assert.Contains(byAlias, r => List(r["hits"]).Any(h => (string)Map(h)["id"]! == "zzq-tims"));
    }

    [Fact]
    public async Task Backlinks_list_incoming_links()
    {
        var rows = (await RunAsync(Client, "backlinks", ("id", "zzq-lr"))).RecordList();
        Assert.Equal(
            [("DERIVED_FROM", "zzq-p1"), ("DERIVED_FROM", "zzq-rln"), ("MENTIONS", "zzq-ris"), ("TARGETS", "zzq-lr-fuzzy")],
            rows.Select(r => ((string)r["relationship"]!, (string)r["fromId"]!)));
    }
}
