using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using TimKnowledgeGraph.Graph.Analyses;
using TimKnowledgeGraph.Graph.Configuration;
using TimKnowledgeGraph.Graph.Cypher;
using TimKnowledgeGraph.Graph.Hosting;
using TimKnowledgeGraph.Graph.Import;
using TimKnowledgeGraph.Graph.Loading;
using TimKnowledgeGraph.Graph.LocalServer;
using TimKnowledgeGraph.Graph.Queries;
using TimKnowledgeGraph.Graph.Schema;

namespace TimKnowledgeGraph.Graph;

public static class GraphHostingExtensions
{
    /// <summary>
    /// Everything that talks to Neo4j: validated options (section <c>Neo4j</c>, <c>Content</c>), the local server when
    /// no <c>Neo4j:Uri</c> is set, the Cypher client, the schema (ensured at start-up), the query catalog and the loader.
    /// </summary>
    public static IHostApplicationBuilder AddGraph(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<Neo4jOptions>().BindConfiguration(Neo4jOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ContentOptions>().BindConfiguration(ContentOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddLocalNeo4jServer();
        services.AddSingleton<ConfiguredCypherClient>();
        services.AddSingleton<ICypherClient>(sp => sp.GetRequiredService<ConfiguredCypherClient>());
        services.AddSingleton<SchemaInitializer>();
        services.AddHostedService<SchemaHostedService>();
        services.AddGraphReads();
        services.AddSingleton<GraphSyncWriter>();
        services.AddSingleton<LoadStatus>();
        services.AddSingleton<ContentSyncService>();
        services.AddSingleton<Search.SearchService>();
        services.AddNetworkImport();
        services.AddNetworkMeasures();
        return builder;
    }

    /// <summary>
    /// The read use cases, given an <see cref="Cypher.ICypherClient"/>: the one query catalog, the runner every surface
    /// reads through, and the readers built on it. Tests that bring their own client add these alone.
    /// </summary>
    public static IServiceCollection AddGraphReads(this IServiceCollection services)
    {
        services.TryAddSingleton(QueryCatalog.Embedded);
        services.TryAddSingleton<NamedQueryRunner>();
        services.TryAddSingleton<Exports.ReadingListReader>();
        services.TryAddSingleton<Networks.NetworkDatasetReader>();
        services.TryAddSingleton<ReadOnly.ReadOnlyCypherRunner>();
        return services;
    }
}
