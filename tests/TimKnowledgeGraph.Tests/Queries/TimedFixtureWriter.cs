using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Queries;

/// <summary>The <c>Fixtures/timed-panel</c> dataset (waves, dated spells, open ends), imported by the product's own importer.</summary>
internal static class TimedFixtureWriter
{
    public const string Id = "zzq-timed";

    public static string Folder => Path.Combine(QueryFixtures.Folder, "timed-panel");

    public static Task WriteAsync(ICypherClient client) => TradeFriendshipFixture.ImportAsync(client, Folder);

    /// <summary>Imports the panel, then starts a host over the repository's content beside it (where the page tests start).</summary>
    public static async Task<RunningHost> StartHostAsync(Neo4jFixture neo4j)
    {
        await WriteAsync(neo4j.Client);
        return await RunningHost.StartAsync(neo4j, RepositoryPaths.Content);
    }
}

/// <summary>A test on the timed panel: each test starts on an empty graph (<see cref="Neo4jTest"/>) with the panel imported.</summary>
public abstract class TimedPanelTest(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    protected const string Dataset = TimedFixtureWriter.Id;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await TimedFixtureWriter.WriteAsync(Client);
    }
}
