using TimKnowledgeGraph.Graph.Loading;

namespace TimKnowledgeGraph.Host.Hosting;

internal static class ContentLoadingExtensions
{
    /// <summary>
    /// Loads <c>content/</c> into the graph before the host serves requests, then follows edits while it runs
    /// (unless <c>Content:Watch=false</c>).
    /// </summary>
    public static IHostApplicationBuilder AddContentLoading(this IHostApplicationBuilder builder)
    {
        // The watcher first: it starts listening before the initial load, so no edit falls between the two.
        builder.Services.AddHostedService<ContentWatchService>();
        builder.Services.AddHostedService<InitialLoadHostedService>();
        return builder;
    }
}
