using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TimKnowledgeGraph.Domain.Citations;
using TimKnowledgeGraph.Host.Api;
using TimKnowledgeGraph.Host.Web.Data;

namespace TimKnowledgeGraph.Host.Web.Pages;

/// <summary>A step of the breadcrumb trail; the last one (the page itself) has no link.</summary>
internal sealed record Crumb(string Text, string? Href = null);

/// <summary>Base of every page: its title and breadcrumb trail, and a 404 that still renders a helpful page.</summary>
internal abstract class WebPage : PageModel
{
    /// <summary>The page title (also the browser tab's).</summary>
    public string Title { get; protected set; } = "";

    /// <summary>Breadcrumbs from Home to this page.</summary>
    public List<Crumb> Crumbs { get; } = [new("Home", "/")];

    /// <summary>
    /// The corpus's works, for pages that cite them (read with <c>web-bibliography</c>); empty on pages that do not,
    /// where citations fall back to the names stored on the rows.
    /// </summary>
    public Bibliography Bibliography
    {
        get => _bibliography;
        protected set
        {
            _bibliography = value;
            // Partials get only their own model; they find the page's works here (Ui.Works).
            HttpContext.Items[typeof(Bibliography)] = value;
        }
    }

    private Bibliography _bibliography = Bibliography.Empty;

    /// <summary>
    /// Resolves the page's wiki-links and citations (<see cref="WebGraph.Links"/>); kept where partials find it
    /// (<see cref="Ui.Prose"/>), for the Markdown of a link's ground (a response's <c>how</c>).
    /// </summary>
    protected LinkIndex Resolver(PageRows linkIndex, PageRows? bibliography)
    {
        var index = WebGraph.Links(linkIndex, bibliography);
        HttpContext.Items[typeof(LinkIndex)] = index;
        return index;
    }

    /// <summary>Set when the page's subject does not exist; the page then shows <see cref="Title"/> and a way on.</summary>
    public bool Missing { get; private set; }

    /// <summary>
    /// A method the page has no handler for (a POST to a page without a form) is a 405 naming the methods it answers;
    /// without a handler the page rendered without its data (a NullReferenceException, a 500).
    /// An id of only white space (<c>/networks/%20/actors/x</c>) names nothing: a 404 before any handler, which would get
    /// it as null from model binding.
    /// </summary>
    [NonHandler] // a filter, not a handler for requests of method "PAGE"
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (context.RouteData.Values.Any(v => v.Key is not ("page" or "area" or "handler") && v.Value is string value && string.IsNullOrWhiteSpace(value)))
        {
            context.Result = NotFoundPage("Nothing is found at this address");
            return;
        }
        if (context.HandlerMethod is not null) return;
        var answered = context.ActionDescriptor.HandlerMethods.Select(h => h.HttpMethod.ToUpperInvariant()).ToHashSet();
        if (answered.Contains("GET")) answered.Add("HEAD");
        Response.Headers.Allow = string.Join(", ", answered.Order(StringComparer.Ordinal));
        context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
    }

    /// <summary>What a missing id may have meant, as links ("Did you mean ...?"); empty when nothing is near.</summary>
    public IReadOnlyList<Crumb> Meant { get; private set; } = [];

    /// <summary>Marks the response 404 and renders the page's "not found" state.</summary>
    protected PageResult NotFoundPage(string what)
    {
        Missing = true;
        Title = what;
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    /// <summary>
    /// The 404 for a missing <paramref name="label"/> with <paramref name="id"/>, naming what it may have meant: the
    /// node of another label with that id, or the nearest ids (as the API's 404s do).
    /// </summary>
    protected async Task<PageResult> NotFoundPageAsync(string what, string label, string id, CancellationToken cancellationToken)
    {
        var known = HttpContext.RequestServices.GetRequiredService<KnownIds>();
        Meant = [.. (await known.MeantAsync(id, label, cancellationToken))
            .Select(n => PageLinks.For(n.Label, n.Id) is { } href ? new Crumb($"{n.Id} ({n.Label.ToLowerInvariant()})", href) : null)
            .OfType<Crumb>()];
        return NotFoundPage(what);
    }
}
