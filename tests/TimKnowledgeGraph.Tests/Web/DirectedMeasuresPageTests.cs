using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TimKnowledgeGraph.Graph.Import;
using TimKnowledgeGraph.Tests.Analyses;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Web;

/// <summary>The dataset page's measures say which convention they follow, and show in- and out-degree where it is directed.</summary>
public sealed class DirectedMeasuresPageTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    [Fact]
    public async Task ShouldSayWhetherTheMeasuresAreDirectedAndShowInAndOutDegree()
    {
        using var content = new TempContent();
        foreach (var (id, directed) in new[] { ("advice", true), ("plain", false) })
        {
            var folder = Path.Combine(content.Root, id);
            FixtureNetworks.WriteRandom(folder, id, 30, 80, 2, 3, 2, 4);
            if (directed) MeasureEndToEndTests.MakeDirected(folder, "l0");
            var importer = new NetworkImporter(Client, Options.Create(new ImportOptions()), NullLogger<NetworkImporter>.Instance);
            Assert.True((await importer.ImportAsync(folder, null, TestContext.Current.CancellationToken)).Succeeded);
        }
        await using var host = await RunningHost.StartAsync(Neo4j, RepositoryPaths.Content);

        var advice = await host.Http.GetStringAsync("/networks/advice", TestContext.Current.CancellationToken);
        var plain = await host.Http.GetStringAsync("/networks/plain", TestContext.Current.CancellationToken);

        Assert.Contains("<strong>Directed</strong>", advice);
        Assert.Contains("<th scope=\"col\" class=\"num\">In</th><th scope=\"col\" class=\"num\">Out</th>", advice);
        Assert.Contains("<strong>Undirected</strong>", plain);
        Assert.DoesNotContain("class=\"num\">In</th>", plain);
    }
}
