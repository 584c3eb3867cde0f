using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Graph.Import;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Queries;

/// <summary>
/// The <c>Fixtures/trade-friendship</c> dataset (one economic and one social layer, no scale, a region column, outside
/// actors, isolates, unknown actor kinds), imported the way <c>timkg import</c> does it.
/// </summary>
internal static class TradeFriendshipFixture
{
    public const string Id = "zzq-trade-friendship";

    public static string Folder => Path.Combine(QueryFixtures.Folder, "trade-friendship");

    public static NetworkImporter Importer(ICypherClient client) =>
        new(client, Options.Create(new ImportOptions()), NullLogger<NetworkImporter>.Instance);

    /// <summary>Imports the folder (or, given a path, a GraphML file) and fails the test on errors.</summary>
    public static async Task<ImportOutcome> ImportAsync(ICypherClient client, string? path = null, string? datasetId = null)
    {
        var outcome = await Importer(client).ImportAsync(path ?? Folder, null, TestContext.Current.CancellationToken, datasetId);
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
        return outcome;
    }

    /// <summary>expected.py's typology, computed from the CSV files: region → (actors, RE, RS, GE, type).</summary>
    public static Dictionary<string, (long Actors, long Re, long Rs, long Ge, string Type)> ExpectedTypology() =>
        ExpectedPy.Run(Folder).EnumerateObject().ToDictionary(p => p.Name, p =>
            (p.Value[0].GetInt64(), p.Value[1].GetInt64(), p.Value[2].GetInt64(), p.Value[3].GetInt64(), p.Value[4].GetString()!));
}
