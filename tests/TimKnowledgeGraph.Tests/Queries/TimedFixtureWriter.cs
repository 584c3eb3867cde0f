using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TimKnowledgeGraph.Graph.Cypher;
using TimKnowledgeGraph.Graph.Import;

namespace TimKnowledgeGraph.Tests.Queries;

/// <summary>The <c>Fixtures/timed-panel</c> dataset (waves, dated spells, open ends), imported by the product's own importer.</summary>
internal static class TimedFixtureWriter
{
    public const string Id = "zzq-timed";

    public static string Folder => Path.Combine(QueryFixtures.Folder, "timed-panel");

    public static async Task WriteAsync(ICypherClient client)
    {
        var importer = new NetworkImporter(client, Options.Create(new ImportOptions { BatchSize = 500, Writers = 2 }), NullLogger<NetworkImporter>.Instance);
        var outcome = await importer.ImportAsync(Folder, null, CancellationToken.None);
        if (!outcome.Succeeded) throw new InvalidOperationException($"the timed-panel fixture did not import: {string.Join("; ", outcome.Diagnostics.Select(d => d.ToString()))}");
    }
}
