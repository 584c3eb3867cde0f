using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Graph.Loading;

namespace TimKnowledgeGraph.Tests.Infrastructure;

/// <summary>Loads a content folder (the real corpus by default) into the graph through the product's own loader.</summary>
public static class CorpusLoader
{
    public static async Task<LoadOutcome> LoadAsync(ICypherClient client, string? contentRoot = null)
    {
        var service = new ContentSyncService(
            client,
            new GraphSyncWriter(),
            new LoadStatus(),
            Options.Create(new ContentOptions { Root = contentRoot ?? RepositoryPaths.Content }),
            NullLogger<ContentSyncService>.Instance);
        var outcome = await service.LoadAsync(TestContext.Current.CancellationToken);
        Assert.True(outcome.Succeeded, string.Join('\n', outcome.Errors));
        return outcome;
    }
}
