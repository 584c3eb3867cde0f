namespace TimKnowledgeGraph.Tests.LocalServer;

/// <summary>Tests that share one running local Neo4j.</summary>
[CollectionDefinition(Name)]
public sealed class LocalNeo4jCollection : ICollectionFixture<LocalNeo4jFixture>
{
    public const string Name = "Local Neo4j";
}
