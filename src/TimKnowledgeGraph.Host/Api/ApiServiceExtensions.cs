using TimKnowledgeGraph.Graph;

namespace TimKnowledgeGraph.Host.Api;

/// <summary>What the API's endpoints are given: the graph's read use cases and the 404 helper built on them.</summary>
internal static class ApiServiceExtensions
{
    /// <summary>Registers the use cases the endpoints inject (given an <c>ICypherClient</c>, which <c>AddGraph</c> provides).</summary>
    public static IServiceCollection AddApiUseCases(this IServiceCollection services)
    {
        services.AddGraphReads();
        services.AddSingleton<KnownIds>();
        services.AddSingleton<QueryArguments>();
        services.AddNeo4jHealthCheck();
        // A float in an answer stays one (3.0, not 3), as Neo4j wrote it.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new Neo4j.Cypher.FloatJsonConverter()));
        return services;
    }
}
