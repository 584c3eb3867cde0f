using TimKnowledgeGraph.Domain.Content.Discovery;

namespace TimKnowledgeGraph.Domain.Content;

/// <summary>
/// The one entry point: discover → parse → validate → map. Content problems become diagnostics in the result,
/// never exceptions; the same input always gives the same output, in the same order.
/// </summary>
public static class ContentPipeline
{
    /// <summary>Loads everything under <paramref name="contentRoot"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">The root does not exist.</exception>
    public static ContentLoadResult Load(string contentRoot) => new ContentPipelineCache().Load(ContentDiscovery.Discover(contentRoot));
}
