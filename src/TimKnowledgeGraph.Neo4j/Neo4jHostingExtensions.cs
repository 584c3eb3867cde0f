using Microsoft.Extensions.DependencyInjection;
using TimKnowledgeGraph.Neo4j.Configuration;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Neo4j.Hosting;
using TimKnowledgeGraph.Neo4j.LocalServer;
using TimKnowledgeGraph.Neo4j.Schema;

namespace TimKnowledgeGraph.Neo4j;

public static class Neo4jHostingExtensions
{
    /// <summary>
    /// The server and the way to it: validated options (section <c>Neo4j</c>), the local server when no
    /// <c>Neo4j:Uri</c> is set, the Cypher client, and the schema, ensured at start-up before anything loads (hosted
    /// services start in registration order, so this goes before the use cases' services).
    /// </summary>
    public static IServiceCollection AddNeo4j(this IServiceCollection services)
    {
        services.AddOptions<Neo4jOptions>().BindConfigurationOrRefuse(Neo4jOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddLocalNeo4jServer();
        services.AddSingleton<ConfiguredCypherClient>();
        services.AddSingleton<ICypherClient>(sp => sp.GetRequiredService<ConfiguredCypherClient>());
        services.AddSingleton<SchemaInitializer>();
        services.AddHostedService<SchemaHostedService>();
        return services;
    }
}
