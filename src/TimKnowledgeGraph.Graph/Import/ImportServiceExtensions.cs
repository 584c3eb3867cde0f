using TimKnowledgeGraph.Neo4j.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace TimKnowledgeGraph.Graph.Import;

/// <summary>Registers the bulk network importer.</summary>
internal static class ImportServiceExtensions
{
    /// <summary>The importer and its options (section <c>Import</c>, e.g. <c>--Import:BatchSize=20000</c>).</summary>
    public static IServiceCollection AddNetworkImport(this IServiceCollection services)
    {
        services.AddOptions<ImportOptions>().BindConfigurationOrRefuse("Import").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<NetworkImporter>();
        return services;
    }
}
