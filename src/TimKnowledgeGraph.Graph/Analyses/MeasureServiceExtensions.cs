using TimKnowledgeGraph.Neo4j.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace TimKnowledgeGraph.Graph.Analyses;

internal static class MeasureServiceExtensions
{
    /// <summary>The network measures (options from the <c>Measures</c> section) and their service.</summary>
    public static IServiceCollection AddNetworkMeasures(this IServiceCollection services)
    {
        services.AddOptions<MeasureOptions>().BindConfigurationOrRefuse(MeasureOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<MeasureService>();
        services.AddSingleton<MeasureRefresher>();
        services.AddSingleton<ProjectionWarmer>();
        services.AddSingleton<DynamicsService>();
        return services;
    }
}
