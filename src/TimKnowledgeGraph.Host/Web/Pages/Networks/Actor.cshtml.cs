using Microsoft.AspNetCore.Mvc;
using TimKnowledgeGraph.Graph.Queries;
using TimKnowledgeGraph.Host.Web.Data;
using TimKnowledgeGraph.Host.Web.Data.Rows;

namespace TimKnowledgeGraph.Host.Web.Pages.Networks;

/// <summary>One actor of a network dataset: where it is, its layers, and its ties in each.</summary>
internal sealed class ActorModel(WebGraph graph) : WebPage
{
    /// <summary>The web-actor row.</summary>
    public ActorRow Actor { get; private set; } = null!;

    /// <summary>The dataset id.</summary>
    public string DatasetId { get; private set; } = "";

    /// <summary>Reads the actor <c>&lt;dataset&gt;/&lt;actor&gt;</c>.</summary>
    public async Task<IActionResult> OnGetAsync(string dataset, string actor, CancellationToken cancellationToken)
    {
        DatasetId = dataset;
        Crumbs.Add(new("Networks", "/networks"));
        Crumbs.Add(new(dataset, PageLinks.Dataset(dataset)));
        var rows = (await graph.RunAsync(PageQuery.Of("web-actor", ("id", $"{dataset}/{actor}")), cancellationToken)).As<ActorRow>();
        if (rows is not [var row, ..]) return NotFoundPage($"No actor “{actor}” in dataset “{dataset}”");
        Actor = row;
        Title = row.Name ?? actor;
        Crumbs.Add(new(Title));
        return Page();
    }
}

/// <summary>One actor (<c>web-actor</c>): where it is, its layers and its ties in both directions.</summary>
[QueryRow("web-actor")]
internal sealed record ActorRow(
    string? Id, string? Name, string? Kind, string? RegionId, string? RegionName, IReadOnlyList<ActorLayer> Layers, IReadOnlyList<ActorTie> Ties,
    string? SourceFile, long? SourceLine) : ISourced;

/// <summary>A layer the actor takes part in.</summary>
internal sealed record ActorLayer(string? Id, string? Name, string? Scale, string? Nature, string? Formality);

/// <summary>A tie of the actor, to or from another actor, in one layer.</summary>
internal sealed record ActorTie(bool Outgoing, string? Id, string? Name, string? Layer, string? Resource, string? Weight);
