using Microsoft.AspNetCore.Mvc;
using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Host.Web.Data;

namespace TimKnowledgeGraph.Host.Web.Pages.Networks;

/// <summary>
/// One network dataset: its layers, the layer-overlap heat maps, actors by number of layers, brokers, the Markusen
/// typology of its regions with the rule shown, and every tie (as a table, and as a graph when scripts run).
/// </summary>
public sealed class DatasetModel(WebGraph graph) : WebPage
{
    /// <summary>The dataset's properties.</summary>
    public Rec Dataset { get; private set; } = new(new Dictionary<string, object?>());

    /// <summary>The rendered dataset description.</summary>
    public string BodyHtml { get; private set; } = "";

    /// <summary>web-layers rows.</summary>
    public IReadOnlyList<Rec> Layers { get; private set; } = [];

    /// <summary>web-ties rows.</summary>
    public IReadOnlyList<Rec> Ties { get; private set; } = [];

    /// <summary>The <c>layer-overlap</c> query.</summary>
    public PageRows Overlap { get; private set; } = null!;

    /// <summary>The <c>multiplex-participation</c> query.</summary>
    public PageRows Participation { get; private set; } = null!;

    /// <summary>The <c>brokers</c> query.</summary>
    public PageRows Brokers { get; private set; } = null!;

    /// <summary>The <c>regional-typology</c> query.</summary>
    public PageRows Typology { get; private set; } = null!;

    /// <summary>Evidence drawn from this dataset.</summary>
    public IReadOnlyList<Rec> Evidence { get; private set; } = [];

    /// <summary>The overlap rows as a matrix over the layers.</summary>
    public OverlapMatrix Matrix => new(Layers, Overlap.Rows);

    /// <summary>Reads the dataset and its analyses.</summary>
    public async Task<IActionResult> OnGetAsync(string dataset, CancellationToken cancellationToken)
    {
        Crumbs.Add(new("Networks", "/networks"));
        var answers = await graph.RunAsync(
        [
            PageQuery.Page("web-node", ("label", GraphSchema.Dataset), ("id", dataset)),
            PageQuery.Page("web-layers", ("dataset", dataset)),
            PageQuery.Page("web-ties", ("dataset", dataset)),
            PageQuery.Page("web-link-index"),
            PageQuery.Catalog("layer-overlap", ("dataset", dataset)),
            PageQuery.Catalog("multiplex-participation", ("dataset", dataset)),
            PageQuery.Catalog("brokers", ("dataset", dataset)),
            PageQuery.Catalog("regional-typology", ("dataset", dataset)),
            PageQuery.Page("web-evidence-from", ("id", dataset)),
        ], cancellationToken);
        if (answers[0].First?.Map("node") is not { } node) return NotFoundPage($"No network dataset with id “{dataset}”");
        Dataset = node;
        Title = node.Str("title") ?? dataset;
        Crumbs.Add(new(Title));
        (Layers, Ties) = (answers[1].Rows, answers[2].Rows);
        BodyHtml = WebGraph.RenderNote(node.Str("body"), WebGraph.Links(answers[3]));
        (Overlap, Participation, Brokers, Typology) = (answers[4], answers[5], answers[6], answers[7]);
        Evidence = answers[8].Rows;
        return Page();
    }

    /// <summary>The actor-overlap heat map.</summary>
    public HeatmapView ActorHeatmap => new(this, "actorJaccard", "Actor overlap between layers (Jaccard index on actor sets)", "actorsBoth", "actorsEither");

    /// <summary>The tie-overlap heat map.</summary>
    public HeatmapView TieHeatmap => new(this, "tieJaccard", "Tie overlap between layers (Jaccard index on undirected actor pairs)", "pairsBoth", "pairsEither");

    /// <summary>A layer's short name for column headers: its id within the dataset.</summary>
    public string ShortName(string? layerId) =>
        Layers.FirstOrDefault(l => l.Str("id") == layerId)?.Str("layer") ?? layerId ?? "";
}
