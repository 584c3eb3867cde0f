using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Tests.Infrastructure;
using static TimKnowledgeGraph.Tests.Queries.QueryFixtures;

namespace TimKnowledgeGraph.Tests.Queries;

/// <summary>
/// A dataset.md need not list its regions: the actors' region column says where each one is. The trade-friendship
/// fixture imported with its <c>regions:</c> block cut out, or cut down to one region, as a researcher would write it.
/// </summary>
public sealed class RegionsFromDataTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    [Fact]
    public async Task Imports_and_types_the_regions_the_data_names_when_dataset_md_declares_none()
    {
        using var folder = FixtureWithRegions(null);
        var outcome = await TradeFriendshipFixture.ImportAsync(Client, folder.Root);

        Assert.DoesNotContain(outcome.Diagnostics, d => d.Code == "TKG032"); // declaring none is a choice, not a slip
        var expected = TradeFriendshipFixture.ExpectedTypology();
        var rows = await TypologyAsync();
        // Every region an actor is in is typed as with the declarations (the declared one no actor is in is not there).
        foreach (var (region, e) in expected.Where(e => e.Value.Actors > 0))
            Assert.Equal((e.Actors, e.Re, e.Rs, e.Ge, e.Type), Figures(rows[region]));
        Assert.Equal(expected.Where(e => e.Value.Actors > 0).Select(e => e.Key).Order(), rows.Keys.Order());
        var regions = await RegionsAsync();
        Assert.Equal(["zzq-hub", "zzq-mars", "zzq-sat", "zzq-vil"], regions.Keys);
        Assert.All(regions.Values, name => Assert.Null(name));

        // A second import of the same files keeps them: the regions the data names are the dataset's own, not stale.
        await TradeFriendshipFixture.ImportAsync(Client, folder.Root);
        Assert.Equal(regions.Keys, (await RegionsAsync()).Keys);
        Assert.Equal(4L, Long((await Client.RunAsync([new CypherStatement(
            "MATCH (:Actor {dataset: 'zzq-trade-friendship'})-[:LOCATED_IN]->(g:Region) RETURN count(DISTINCT g)")], TestContext.Current.CancellationToken))[0].Rows[0][0]));
    }

    [Fact]
    public async Task Warns_once_per_region_dataset_md_leaves_out_when_it_declares_others_and_names_it_when_declared_later()
    {
        using var folder = FixtureWithRegions("  - {id: zzq-mars, name: Marshallia}\n  - {id: zzq-huv, name: Hubton}\n");
        var outcome = await TradeFriendshipFixture.ImportAsync(Client, folder.Root);

        // zzq-hub is named by three actors and reported once, with the declared id it is one letter from.
        var warnings = outcome.Diagnostics.Where(d => d.Code == "TKG032").ToList();
        Assert.Equal(["zzq-hub", "zzq-sat", "zzq-vil"], warnings.Select(w => w.Message.Split('\'')[3]).Order());
        Assert.All(warnings, w => Assert.Equal("Warning", w.Severity.ToString()));
        Assert.Contains("zzq-huv", warnings.Single(w => w.Message.Contains("'zzq-hub'", StringComparison.Ordinal)).Hint, StringComparison.Ordinal);
        var regions = await RegionsAsync();
        Assert.Equal("Marshallia", regions["zzq-mars"]);
        Assert.Null(regions["zzq-hub"]);

        // The fixture as written declares every region with its name: imported over it, the unnamed ones get theirs.
        await TradeFriendshipFixture.ImportAsync(Client);
        regions = await RegionsAsync();
        Assert.Equal(("Hubton", "Satellite Park"), (regions["zzq-hub"], regions["zzq-sat"]));
    }

    private async Task<Dictionary<string, IReadOnlyDictionary<string, object?>>> TypologyAsync() =>
        (await RunAsync(Client, "regional-typology", ("dataset", TradeFriendshipFixture.Id))).RecordList().ToDictionary(r => (string)r["regionId"]!);

    private static (long, long, long, long, string) Figures(IReadOnlyDictionary<string, object?> row) =>
        (Long(row["actors"]), Long(row["regionalEconomicTies"]), Long(row["regionalSocialTies"]), Long(row["globalEconomicTies"]), (string)row["type"]!);

    private async Task<SortedDictionary<string, string?>> RegionsAsync()
    {
        var result = await Client.RunAsync([new CypherStatement(
            "MATCH (g:Region) WHERE 'zzq-trade-friendship' IN g.importedBy RETURN g.id, g.name")], TestContext.Current.CancellationToken);
        return new SortedDictionary<string, string?>(result[0].Rows.ToDictionary(r => (string)r[0]!, r => r[1] as string), StringComparer.Ordinal);
    }

    // A copy of the fixture whose dataset.md's regions block is replaced by `regions` (null: no block at all).
    private static TempContent FixtureWithRegions(string? regions)
    {
        var folder = new TempContent();
        foreach (var file in Directory.EnumerateFiles(TradeFriendshipFixture.Folder))
            File.Copy(file, Path.Combine(folder.Root, Path.GetFileName(file)));
        var lines = File.ReadAllLines(Path.Combine(folder.Root, "dataset.md")).ToList();
        var start = lines.IndexOf("regions:");
        var end = lines.FindIndex(start + 1, l => !l.StartsWith("  ", StringComparison.Ordinal));
        lines.RemoveRange(start + 1, end - start - 1);
        if (regions is null) lines.RemoveAt(start);
        else lines.Insert(start + 1, regions.TrimEnd('\n'));
        File.WriteAllLines(Path.Combine(folder.Root, "dataset.md"), lines);
        return folder;
    }
}
