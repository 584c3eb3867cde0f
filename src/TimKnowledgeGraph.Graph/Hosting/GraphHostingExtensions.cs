using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using TimKnowledgeGraph.Graph.Analyses;
using TimKnowledgeGraph.Neo4j;
using TimKnowledgeGraph.Neo4j.Configuration;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Graph.Hosting;
using TimKnowledgeGraph.Graph.Import;
using TimKnowledgeGraph.Graph.Loading;
using TimKnowledgeGraph.Neo4j.LocalServer;
using TimKnowledgeGraph.Graph.Queries;
using TimKnowledgeGraph.Neo4j.Schema;

namespace TimKnowledgeGraph.Graph;

public static class GraphHostingExtensions
{
    /// <summary>
    /// The server (<see cref="Neo4jHostingExtensions.AddNeo4j"/>: options, the local server, the Cypher client, the
    /// schema ensured at start-up), then the use cases on it: validated <c>Content</c> options, the query catalog and
    /// runner, the loader, search, the network import and the measures.
    /// </summary>
    public static IHostApplicationBuilder AddGraph(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddNeo4j();
        services.AddOptions<ContentOptions>().BindConfigurationOrRefuse(ContentOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
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
        services.TryAddSingleton<Health.GraphPing>();
        services.TryAddSingleton<LatestLoadReader>();
        return services;
    }
}
