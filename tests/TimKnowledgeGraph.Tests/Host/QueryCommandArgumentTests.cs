using TimKnowledgeGraph.Host.Cli;
using TimKnowledgeGraph.Tests.Infrastructure;
using TimKnowledgeGraph.Tests.Queries;

namespace TimKnowledgeGraph.Tests.Host;

/// <summary>
/// <c>timkg query</c> says when an id, a dataset or a wave names nothing, as the API does, instead of printing an empty
/// table (or, for a wave, every wave's figures) with exit 0; and a parameter given twice, of which the last won.
/// </summary>
public sealed class QueryCommandArgumentTests(Neo4jFixture neo4j) : TimedPanelTest(neo4j)
{
    [Theory]
    [InlineData("error: no network dataset with id 'zzq-timd'; did you mean zzq-timed?", "layer-overlap", "dataset=zzq-timd")]
    [InlineData("error: 'w9' is not a wave of dataset 'zzq-timed' (w1, w2, w3)", "brokers", "dataset=zzq-timed", "wave=w9")]
    [InlineData("error: no node with id 'zzq-nothing-here'", "lineage", "id=zzq-nothing-here")]
    [InlineData("error: parameter part of query 'regional-typology' must be less than parts (2), got '2'", "regional-typology", "dataset=zzq-timed", "part=2", "parts=2")]
    [InlineData("error: --param 'dataset' is given more than once; give each parameter once (a list as one value, comma-separated)",
        "layer-overlap", "dataset=zzq-timed", "dataset=zzq-other")]
    public async Task ShouldRefuseWhatNamesNothingInOneLine(string expected, string query, params string[] parameters)
    {
        var (exitCode, output, error) = await RunAsync(["query", query, .. parameters.SelectMany(p => new[] { "-p", p })]);

        Assert.Equal((ExitCodes.InvalidInput, "", expected), (exitCode, output.Trim(), error.Trim()));
    }

    [Fact]
    public async Task ShouldAnswerADeclaredWave()
    {
        var (exitCode, output, error) = await RunAsync(["query", "layer-overlap", "-p", $"dataset={Dataset}", "-p", "wave=w2", "--format", "csv"]);

        Assert.True(exitCode == ExitCodes.Ok, error);
        Assert.True(output.Trim().Split('\n').Length > 1, output); // a header and rows
    }

    private Task<(int ExitCode, string Out, string Error)> RunAsync(string[] args) => InProcessCli.RunAsync(Neo4j, args);
}
