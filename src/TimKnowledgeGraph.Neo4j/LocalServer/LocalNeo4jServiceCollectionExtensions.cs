using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TimKnowledgeGraph.Neo4j.LocalServer;

/// <summary>Registration of the local Neo4j server.</summary>
internal static class LocalNeo4jServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="Neo4jEndpointProvider"/>, <see cref="LocalNeo4jHealth"/> and <see cref="LocalNeo4jHostedService"/>. Expects
    /// <c>IOptions&lt;Neo4jOptions&gt;</c> to be bound (section <c>Neo4j</c>). Order among hosted services does not
    /// matter: the server starts in the lifecycle's "starting" phase, before every StartAsync.
    /// </summary>
    public static IServiceCollection AddLocalNeo4jServer(this IServiceCollection services)
    {
        services.TryAddSingleton<Neo4jEndpointProvider>();
        services.TryAddSingleton<LocalNeo4jHealth>();
        services.AddHostedService<LocalNeo4jHostedService>();
        return services;
    }
}
