using Microsoft.AspNetCore.Mvc;
using TimKnowledgeGraph.Host.Web.Data;

namespace TimKnowledgeGraph.Host.Web.Pages.Networks;

/// <summary>One actor of a network dataset: where it is, its layers, and its ties in each.</summary>
internal sealed class ActorModel(WebGraph graph) : WebPage
{
    /// <summary>The web-actor row.</summary>
    public Rec Actor { get; private set; } = new(new Dictionary<string, object?>());

    /// <summary>The dataset id.</summary>
    public string DatasetId { get; private set; } = "";

    /// <summary>Reads the actor <c>&lt;dataset&gt;/&lt;actor&gt;</c>.</summary>
    public async Task<IActionResult> OnGetAsync(string dataset, string actor, CancellationToken cancellationToken)
    {
        DatasetId = dataset;
        Crumbs.Add(new("Networks", "/networks"));
        Crumbs.Add(new(dataset, PageLinks.Dataset(dataset)));
        var row = (await graph.RunAsync(PageQuery.Of("web-actor", ("id", $"{dataset}/{actor}")), cancellationToken)).First;
        if (row is null) return NotFoundPage($"No actor “{actor}” in dataset “{dataset}”");
        Actor = row;
        Title = row.Str("name") ?? actor;
        Crumbs.Add(new(Title));
        return Page();
    }
}
