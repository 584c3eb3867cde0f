using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Host.Web.Data;
using TimKnowledgeGraph.Host.Web.Data.Rows;

namespace TimKnowledgeGraph.Host.Web.Graph;

/// <summary>
/// JSON for the graph views (graph.js fetches it; the pages list the same nodes and links as tables):
/// a concept's neighbourhood, its lineage and a network dataset's actors and ties.
/// </summary>
internal static class GraphDataEndpoints
{
    /// <summary>Maps <c>/graph-data/concepts/{id}</c>, <c>/graph-data/concepts/{id}/lineage</c> and <c>/graph-data/networks/{dataset}</c>.</summary>
    public static RouteGroupBuilder MapGraphData(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/graph-data").ExcludeFromDescription();
        group.MapGet("/concepts/{id}", ConceptAsync);
        group.MapGet("/concepts/{id}/lineage", LineageAsync);
        group.MapGet("/networks/{dataset}", NetworkAsync);
        return group;
    }

    private static async Task<IResult> ConceptAsync(string id, WebGraph graph, CancellationToken cancellationToken)
    {
        var answers = await graph.RunAsync(
        [
            PageQuery.Of("web-node", ("label", GraphSchema.Concept), ("id", id)),
            PageQuery.Of("web-neighbourhood", ("label", GraphSchema.Concept), ("id", id)),
            WebBibliography.Query,
        ], cancellationToken);
        if (answers[0].As<ConceptNodeRow>() is not [{ Node: { } concept }]) return Results.NotFound();
        return Results.Ok(ConceptGraph.Build(concept, answers[1].As<NeighbourRow>(), WebBibliography.From(answers[2])));
    }

    private static async Task<IResult> LineageAsync(string id, WebGraph graph, CancellationToken cancellationToken)
    {
        var answers = await graph.RunAsync(
        [
            PageQuery.Of("web-node", ("label", GraphSchema.Concept), ("id", id)),
            PageQuery.Of("lineage", ("id", id)),
            WebBibliography.Query,
            PageQuery.Of("web-concepts"),
        ], cancellationToken);
        if (answers[0].As<ConceptNodeRow>() is not [{ Node: { } concept }]) return Results.NotFound();
        var ownYears = LineageGraph.OwnYears(answers[3].As<Pages.Concepts.ConceptRow>().Select(c => (c.Id, c.Year)));
        return Results.Ok(LineageGraph.Build(concept, answers[1].As<LineageRow>(), WebBibliography.From(answers[2]), ownYears));
    }

    private static async Task<IResult> NetworkAsync(string dataset, WebGraph graph, CancellationToken cancellationToken)
    {
        var answers = await graph.RunAsync(
        [
            PageQuery.Of("web-node", ("label", GraphSchema.Dataset), ("id", dataset)),
            PageQuery.Of("web-ties", ("dataset", dataset)),
        ], cancellationToken);
        if (answers[0].Records.Count == 0) return Results.NotFound();
        return Results.Ok(NetworkGraph.Build(answers[1].As<TieRow>()));
    }
}
