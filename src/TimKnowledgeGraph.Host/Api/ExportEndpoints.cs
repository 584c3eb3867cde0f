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
                ExportAsync(dataset, "graphml", "application/graphml+xml", GraphMlWriter.Write, reader, ids, ct))
            .WithSummary("The dataset as GraphML: one edge per tie, with layer, resource and weight");
        group.MapGet("/{dataset}.gexf", (string dataset, NetworkDatasetReader reader, KnownIds ids, CancellationToken ct) =>
                ExportAsync(dataset, "gexf", "application/gexf+xml", GexfWriter.Write, reader, ids, ct))
            .WithSummary("The dataset as GEXF 1.3 for Gephi: labelled nodes, edges typed by layer");
        return group;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(
        string dataset, string extension, string contentType, Func<NetworkDataset, System.Xml.Linq.XDocument> write,
        NetworkDatasetReader reader, KnownIds ids, CancellationToken ct)
    {
        var network = await reader.ReadAsync(dataset, ct);
        if (network is null) return await NetworkEndpoints.NoSuchDatasetAsync(ids, dataset, ct);
        return TypedResults.File(XmlExport.ToUtf8Bytes(write(network)), contentType, $"{dataset}.{extension}");
    }
}
