using TimKnowledgeGraph.Graph.Loading;

namespace TimKnowledgeGraph.Host.Hosting;

public static class ContentLoadingExtensions
{
    /// <summary>Loads <c>content/</c> into the graph before the host serves requests.</summary>
    public static IHostApplicationBuilder AddContentLoading(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHostedService<InitialLoadHostedService>();
        return builder;
    }
}
