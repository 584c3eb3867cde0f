using Microsoft.Extensions.Logging.Abstractions;
using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Tests.Cypher;

/// <summary>Builds an <see cref="HttpCypherClient"/> over a <see cref="FakeNeo4jHandler"/>, with fast retries.</summary>
internal static class ClientFactory
{
    public static readonly Uri ServerUri = new("http://127.0.0.1:17474/");

    public static CypherClientSettings Settings(int maxRetries = 3) => new(ServerUri, "neo4j", "secret123")
    {
        MaxRetries = maxRetries,
        RetryDelay = TimeSpan.FromMilliseconds(1),
        RequestTimeout = TimeSpan.FromSeconds(10),
    };

    public static HttpCypherClient Create(FakeNeo4jHandler handler, CypherClientSettings? settings = null) =>
        new(new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan }, settings ?? Settings(), NullLogger<HttpCypherClient>.Instance);
}
