using Microsoft.AspNetCore.Http.HttpResults;
using TimKnowledgeGraph.Graph.Exports;
using TimKnowledgeGraph.Graph.Networks;

namespace TimKnowledgeGraph.Host.Api;

/// <summary>A network dataset as a file for network tools: GraphML (yEd, NetworkX, igraph) or GEXF 1.3 (Gephi).</summary>
internal static class ExportEndpoints
{
    /// <summary>Maps <c>/api/networks/{dataset}.graphml</c> and <c>/api/networks/{dataset}.gexf</c>.</summary>
    public static RouteGroupBuilder MapExportEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/networks").WithTags("Networks");
        group.MapGet("/{dataset}.graphml", (string dataset, NetworkDatasetReader reader, KnownIds ids, CancellationToken ct) =>
                ExportAsync(dataset, "graphml", "application/graphml+xml", GraphMlWriter.WriteAsync, reader, ids, ct))
            .WithSummary("The dataset as GraphML: one edge per tie, with layer, resource and weight");
        group.MapGet("/{dataset}.gexf", (string dataset, NetworkDatasetReader reader, KnownIds ids, CancellationToken ct) =>
                ExportAsync(dataset, "gexf", "application/gexf+xml", GexfWriter.WriteAsync, reader, ids, ct))
            .WithSummary("The dataset as GEXF 1.3 for Gephi: labelled nodes, edges typed by layer");
        return group;
    }

    // The dataset is found (404 otherwise) before the answer starts; the file then streams as its ties arrive, so a
    // dataset of a million ties is never held in memory. A failure after the start can only cut the answer short.
    private static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> ExportAsync(
        string dataset, string extension, string contentType, NetworkWriter write, NetworkDatasetReader reader, KnownIds ids, CancellationToken ct)
    {
        var network = await reader.OpenAsync(dataset, ct);
        if (network is null) return await NetworkEndpoints.NoSuchDatasetAsync(ids, dataset, ct);
        return TypedResults.Stream(body => write(network, ByteSinks.ToStream(body), ct), contentType, $"{dataset}.{extension}");
    }
}
