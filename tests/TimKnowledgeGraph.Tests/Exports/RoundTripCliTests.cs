using TimKnowledgeGraph.Host.Cli;
using TimKnowledgeGraph.Tests.Infrastructure;
using TimKnowledgeGraph.Tests.Queries;

namespace TimKnowledgeGraph.Tests.Exports;

/// <summary>The round trip as a user runs it: <c>timkg import</c> a folder, <c>timkg export network</c>, <c>timkg import</c> the .graphml alone.</summary>
public sealed class RoundTripCliTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    [Fact]
    public async Task ShouldImportAnExportedGraphMlFileAloneUnderANewId()
    {
        using var temp = new TempContent();
        var file = Path.Combine(temp.Root, "export.graphml");

        Assert.Equal(ExitCodes.Ok, (await RunAsync("import", TradeFriendshipFixture.Folder)).ExitCode);
        Assert.Equal(ExitCodes.Ok, (await RunAsync("export", "network", TradeFriendshipFixture.Id, "--format", "graphml", "-o", file)).ExitCode);
        var import = await RunAsync("import", file, "--id", "zzq-copy");

        Assert.True(import.ExitCode == ExitCodes.Ok, import.Out + import.Error);
        Assert.Contains("created dataset zzq-copy", import.Out);
        Assert.Equal(13, await Neo4j.CountAsync("MATCH (a:Actor) WHERE a.dataset = 'zzq-copy' RETURN count(a)"));
        Assert.Equal(13, await Neo4j.CountAsync("MATCH (a:Actor)-[t:TIE]->() WHERE a.dataset = 'zzq-copy' RETURN count(t)"));
        Assert.Equal(1, await Neo4j.CountAsync("MATCH (:Dataset {id: 'zzq-copy'})-[:CONTAINS]->(n:Network {layer: 'trade', nature: 'economic'}) WHERE n.scale IS NULL RETURN count(n)"));

        var neither = await RunAsync("import", Path.Combine(temp.Root, "missing.graphml"));
        Assert.Equal(ExitCodes.InvalidInput, neither.ExitCode);
        Assert.Contains("neither a folder nor a .graphml file", neither.Error);
    }

    private Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args) => InProcessCli.RunAsync(Neo4j, args);
}
