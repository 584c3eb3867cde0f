using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Tests.Queries;

/// <summary>The <c>Fixtures/timed-panel</c> dataset (waves, dated spells, open ends), imported by the product's own importer.</summary>
internal static class TimedFixtureWriter
{
    public const string Id = "zzq-timed";

    public static string Folder => Path.Combine(QueryFixtures.Folder, "timed-panel");

    public static Task WriteAsync(ICypherClient client) => TradeFriendshipFixture.ImportAsync(client, Folder);
}
