using TimKnowledgeGraph.Graph.Exports;
using TimKnowledgeGraph.Graph.Networks;

namespace TimKnowledgeGraph.Tests.Exports;

/// <summary>A dataset exported as the product exports it: read in pages and written to a file as its ties arrive.</summary>
internal static class StreamedExport
{
    public static async Task ToFileAsync(NetworkDatasetReader reader, string datasetId, string path, NetworkWriter write)
    {
        var network = await reader.OpenAsync(datasetId, TestContext.Current.CancellationToken) ?? throw new InvalidOperationException($"no dataset {datasetId}");
        await using var file = File.Create(path);
        await write(network, ByteSinks.ToStream(file), TestContext.Current.CancellationToken);
    }
}
