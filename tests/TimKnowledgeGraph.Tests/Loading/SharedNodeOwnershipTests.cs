using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Graph.Import;
using TimKnowledgeGraph.Graph.Loading;
using TimKnowledgeGraph.Tests.Infrastructure;
using static TimKnowledgeGraph.Tests.Queries.QueryFixtures;

namespace TimKnowledgeGraph.Tests.Loading;

/// <summary>
/// Nodes that content and a bulk import both use (regions; network-kind concepts) are owned by reference: neither the
/// content sync nor the importer deletes what the other still uses, and a node neither uses any more is gone.
/// </summary>
public sealed class SharedNodeOwnershipTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    // C+ content declares regions a and b (a dataset under networks/), C- that folder is deleted;
    // I+ the import "imp" puts its actors in a and b, I- it is imported again without regions.
    public static TheoryData<string> EveryOrder() =>
    [
        "C+ C- I+ I-", "C+ I+ C- I-", "C+ I+ I- C-", "I+ C+ C- I-", "I+ C+ I- C-", "I+ I- C+ C-",
    ];

    [Theory]
    [MemberData(nameof(EveryOrder))]
    public async Task ShouldKeepImportedRegionLinksWhateverTheOrderOfContentAndImportEdits(string order)
    {
        using var content = new TempContent();
        using var imported = new TempContent();
        var expectedTypology = await TypologyWithImportOnlyAsync(imported);
        var sync = SyncHarness.Create(Client, content.Root);
        await sync.LoadAsync(TestContext.Current.CancellationToken);
        bool contentHolds = false, importHolds = false;

        foreach (var step in order.Split(' '))
        {
            switch (step)
            {
                case "C+": WriteContentDataset(content); contentHolds = true; break;
                case "C-": Directory.Delete(Path.Combine(content.Root, "networks"), recursive: true); contentHolds = false; break;
                case "I+": WriteImportDataset(imported, withRegions: true); importHolds = true; break;
                case "I-": WriteImportDataset(imported, withRegions: false); importHolds = false; break;
            }
            if (step[0] == 'C') Assert.True((await sync.LoadAsync(TestContext.Current.CancellationToken)).Succeeded);
            else Assert.True((await Importer().ImportAsync(Path.Combine(imported.Root, "imp"), null, TestContext.Current.CancellationToken)).Succeeded);

            var after = $"after {step} of {order}";
            Assert.True(contentHolds || importHolds ? await RegionCountAsync() == 2 : await RegionCountAsync() == 0, after);
            Assert.Equal(contentHolds ? 2 : 0, await Neo4j.CountAsync("MATCH (g:Region) WHERE g.sourceFile IS NOT NULL AND g.importRun IS NULL RETURN count(g)"));
            Assert.Equal(importHolds ? 2 : 0, await Neo4j.CountAsync("MATCH (g:Region) WHERE g.importedBy = ['imp'] RETURN count(g)"));
            Assert.Equal(importHolds ? 4 : 0, await Neo4j.CountAsync("MATCH (x:Actor {dataset: 'imp'})-[:LOCATED_IN]->(:Region) RETURN count(x)"));
            Assert.Equal(contentHolds ? 2 : 0, await Neo4j.CountAsync("MATCH (x:Actor {dataset: 'cnet'})-[:LOCATED_IN]->(:Region) RETURN count(x)"));
            Assert.Equal(importHolds ? expectedTypology : [], await TypologyAsync());
            // Nothing orphaned: every region is declared by content or named by an import.
            Assert.Equal(0, await Neo4j.CountAsync(
                "MATCH (g:Region) WHERE g.importedBy IS NULL AND NOT (g.sourceFile IS NOT NULL AND g.importRun IS NULL) RETURN count(g)"));
            // The content sync reads its part back without the imports' references: a full load finds nothing to change.
            Assert.False((await sync.LoadAsync(new LoadRequest(Full: true), TestContext.Current.CancellationToken)).Summary.Changed, after);
        }
    }

    [Fact]
    public async Task ShouldKeepAnImportedLayersInstanceOfWhenTheConceptsNoteGoesAndDropTheConceptWhenNoOneUsesIt()
    {
        using var content = new TempContent();
        using var imported = new TempContent();
        var sync = SyncHarness.Create(Client, content.Root);
        WriteConcept(content);
        await sync.LoadAsync(TestContext.Current.CancellationToken);
        WriteImportDataset(imported, withRegions: true, instanceOf: "trade-networks");
        Assert.True((await ImportAsync(imported)).Succeeded);

        File.Delete(Path.Combine(content.Root, "concepts", "trade-networks.md"));
        await sync.LoadAsync(TestContext.Current.CancellationToken);

        // The note is gone, so is what it said (its summary, its sourceFile); the node, its kind and the import's link stay.
        Assert.Equal(1, await Neo4j.CountAsync(
            "MATCH (:Network {id: 'imp/reco'})-[:INSTANCE_OF]->(c:Concept {id: 'trade-networks', kind: 'network-kind'}) " +
            "WHERE c.sourceFile IS NULL AND c.summary IS NULL AND c.importedBy = ['imp'] RETURN count(c)"));
        Assert.False((await sync.LoadAsync(new LoadRequest(Full: true), TestContext.Current.CancellationToken)).Summary.Changed);
        // The import can run again: the concept it names is still a network-kind concept.
        Assert.True((await ImportAsync(imported)).Succeeded);

        WriteConcept(content);
        await sync.LoadAsync(TestContext.Current.CancellationToken);
        Assert.Equal(1, await Neo4j.CountAsync(
            "MATCH (:Network {id: 'imp/reco'})-[:INSTANCE_OF]->(c:Concept {id: 'trade-networks'}) " +
            "WHERE c.sourceFile = 'concepts/trade-networks.md' AND c.importedBy = ['imp'] RETURN count(c)"));

        File.Delete(Path.Combine(content.Root, "concepts", "trade-networks.md"));
        await sync.LoadAsync(TestContext.Current.CancellationToken);
        WriteImportDataset(imported, withRegions: true, instanceOf: null);
        Assert.True((await ImportAsync(imported)).Succeeded);

        // Neither the content nor the import uses it now.
        Assert.Equal(0, await Neo4j.CountAsync("MATCH (c:Concept) RETURN count(c)"));
        Assert.Equal(0, await Neo4j.CountAsync("MATCH ()-[x:INSTANCE_OF]->() RETURN count(x)"));
    }

    [Fact]
    public async Task ShouldKeepARegionTwoImportsShareUntilTheLastLetsGo()
    {
        using var first = new TempContent();
        using var second = new TempContent();
        WriteImportDataset(first, withRegions: true);
        WriteImportDataset(second, withRegions: true, id: "imp2");
        Assert.True((await ImportAsync(first)).Succeeded);
        Assert.True((await ImportAsync(second, "imp2")).Succeeded);
        Assert.Equal(2, await Neo4j.CountAsync("MATCH (g:Region) WHERE g.importedBy = ['imp', 'imp2'] RETURN count(g)"));

        WriteImportDataset(first, withRegions: false);
        Assert.True((await ImportAsync(first)).Succeeded);
        Assert.Equal(4, await Neo4j.CountAsync("MATCH (x:Actor {dataset: 'imp2'})-[:LOCATED_IN]->(g:Region) WHERE g.importedBy = ['imp2'] RETURN count(x)"));

        WriteImportDataset(second, withRegions: false, id: "imp2");
        Assert.True((await ImportAsync(second, "imp2")).Succeeded);
        Assert.Equal(0, await RegionCountAsync());
    }

    private async Task<List<string>> TypologyWithImportOnlyAsync(TempContent imported)
    {
        WriteImportDataset(imported, withRegions: true);
        Assert.True((await ImportAsync(imported)).Succeeded);
        var rows = await TypologyAsync();
        Assert.Equal(2, rows.Count);
        await Neo4j.WipeAsync();
        return rows;
    }

    private async Task<List<string>> TypologyAsync() =>
        [.. (await RunAsync(Client, "regional-typology", ("dataset", "imp"))).RecordList()
            .Select(r => string.Join(", ", r.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={Show(p.Value)}")))
            .Order(StringComparer.Ordinal)];

    private static string Show(object? value) =>
        value is not string && value is IEnumerable<object?> list ? "[" + string.Join(",", list) + "]" : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "null";

    private Task<long> RegionCountAsync() => Neo4j.CountAsync("MATCH (g:Region) RETURN count(g)");

    private Task<ImportOutcome> ImportAsync(TempContent folder, string id = "imp") =>
        Importer().ImportAsync(Path.Combine(folder.Root, id), null, TestContext.Current.CancellationToken);

    private NetworkImporter Importer() =>
        new(Client, Options.Create(new ImportOptions { BatchSize = 3, Writers = 2 }), NullLogger<NetworkImporter>.Instance);

    private static void WriteConcept(TempContent content) => content.With("concepts/trade-networks.md", """
        ---
        kind: network-kind
        name: Trade networks
        summary: Networks of buying and selling.
        ---
        Firms trading.
        """);

    /// <summary>A content dataset "cnet" declaring regions a and b (named as the import names them), one actor in each.</summary>
    private static void WriteContentDataset(TempContent content) => content
        .With("networks/cnet/dataset.md", """
            ---
            id: cnet
            layers:
              - {id: ties, scale: regional, nature: social, formality: informal}
            regions:
              - {id: a, name: Alpha}
              - {id: b, name: Beta}
            ---
            """)
        .With("networks/cnet/actors.csv", "id,name,kind,region,layers\nc1,C One,person,a,\nc2,C Two,person,b,\n")
        .With("networks/cnet/ties.csv", "source,target,layer,resource,weight\nc1,c2,ties,,1\n");

    /// <summary>An import dataset: four actors in regions a and b (or in none), a fifth without a region, three layers.</summary>
    private static void WriteImportDataset(TempContent folder, bool withRegions, string? instanceOf = null, string id = "imp")
    {
        var kind = instanceOf is null ? "" : $", instance_of: {instanceOf}";
        var regions = withRegions ? "regions:\n  - {id: a, name: Alpha}\n  - {id: b, name: Beta}\n" : "";
        var (a, b) = withRegions ? ("a", "b") : ("", "");
        folder.With($"{id}/dataset.md", $$"""
                ---
                id: {{id}}
                layers:
                  - {id: reco, scale: regional, nature: economic, formality: formal{{kind}}}
                  - {id: rsoc, scale: regional, nature: social, formality: informal}
                  - {id: geco, scale: global, nature: economic, formality: formal}
                {{regions}}---
                """)
            .With($"{id}/actors.csv", $"id,name,kind,region,layers\na1,A1,firm,{a},\na2,A2,firm,{a},\nb1,B1,firm,{b},\nb2,B2,firm,{b},\nx1,X1,firm,,\n")
            .With($"{id}/ties.csv", "source,target,layer,resource,weight\na1,a2,reco,,1\na1,a2,rsoc,,1\na1,b1,geco,,1\nb1,b2,reco,,1\nb2,x1,geco,,1\n");
    }
}
