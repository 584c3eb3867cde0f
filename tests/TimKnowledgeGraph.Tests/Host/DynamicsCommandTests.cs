using System.Text.Json;
using TimKnowledgeGraph.Host.Cli;
using TimKnowledgeGraph.Tests.Infrastructure;
using TimKnowledgeGraph.Tests.Queries;

namespace TimKnowledgeGraph.Tests.Host;

/// <summary><c>timkg dynamics</c> as a user runs it, on the timed-panel fixture, against expected.py.</summary>
public sealed class DynamicsCommandTests(Neo4jFixture neo4j) : TimedPanelTest(neo4j)
{
    [Fact]
    public async Task ShouldPrintEachRegionsTypePerWaveAsExpectedPyComputesIt()
    {
        var (exitCode, output, error) = await RunAsync("dynamics", TimedFixtureWriter.Id, "--show", "path", "--format", "json");

        Assert.True(exitCode == ExitCodes.Ok, output + error);
        using var json = JsonDocument.Parse(output);
        var printed = json.RootElement.EnumerateArray()
            .Where(r => r.GetProperty("wave").ValueKind == JsonValueKind.String)
            .ToDictionary(r => (r.GetProperty("wave").GetString(), r.GetProperty("regionId").GetString()), r => r.GetProperty("type").GetString());
        var typology = TimedExpected.Root.GetProperty("typology");
        var checkedTypes = 0;
        foreach (var wave in new[] { "w1", "w2", "w3" })
        {
            foreach (var region in typology.GetProperty(wave).EnumerateObject())
            {
                Assert.Equal(region.Value[4].GetString(), printed[(wave, region.Name)]);
                checkedTypes++;
            }
        }
        Assert.True(checkedTypes >= 6, $"expected.py typed {checkedTypes} region-waves");
    }

    [Fact]
    public async Task ShouldRefuseAnUndeclaredWaveAndAnUnknownDatasetInOneLine()
    {
        var wave = await RunAsync("dynamics", TimedFixtureWriter.Id, "--show", "overlap", "--wave", "w9");
        var dataset = await RunAsync("dynamics", "zzq-nothing");

        Assert.Equal(ExitCodes.InvalidInput, wave.ExitCode);
        Assert.Equal("error: 'w9' is not a wave of dataset 'zzq-timed' (w1, w2, w3)", wave.Error.Trim());
        Assert.Equal(ExitCodes.InvalidInput, dataset.ExitCode);
        Assert.Equal($"error: no dataset with id 'zzq-nothing' (datasets: {TimedFixtureWriter.Id})", dataset.Error.Trim());
    }

    [Fact]
    public async Task ShouldNameTheDatasetsThereAreWhenGivenAnIdThatIsNone()
    {
        // "error: no dataset with id 'zzq'" said nothing of the id to use: a researcher typing the start of a dataset's
        // id (florence for florence-1430) is no typo an edit distance finds.
        var analyse = await RunAsync("analyse", "zzq", "--no-write");
        var export = await RunAsync("export", "network", "zzq");

        Assert.Equal(ExitCodes.InvalidInput, analyse.ExitCode);
        Assert.Equal($"error: no dataset with id 'zzq' (datasets: {TimedFixtureWriter.Id})", analyse.Error.Trim());
        Assert.Equal(ExitCodes.InvalidInput, export.ExitCode);
        Assert.Equal($"error: no dataset with id 'zzq' (datasets: {TimedFixtureWriter.Id})", export.Error.Trim());
        Assert.Equal("no dataset with id 'florence' (datasets: florence-1430, florence-copy, karate, preface-network)",
            UnknownDataset.Message("florence", ["karate", "florence-copy", "preface-network", "florence-1430"]));
        Assert.StartsWith("no dataset with id 'x': the graph has no network dataset", UnknownDataset.Message("x", []));
        // A typo comes first, even when more datasets than are listed sort before it.
        string[] many = [.. Enumerable.Range(0, 25).Select(i => $"a{i:00}"), "preface-network"];
        Assert.StartsWith("no dataset with id 'prefce-network' (datasets: preface-network, a00, a01,", UnknownDataset.Message("prefce-network", many));
        Assert.EndsWith(", … (26 in all))", UnknownDataset.Message("prefce-network", many));
    }

    private Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args) => InProcessCli.RunAsync(Neo4j, args);
}
