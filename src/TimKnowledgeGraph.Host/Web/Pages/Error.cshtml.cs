using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Neo4j.LocalServer;
using TimKnowledgeGraph.Host.Web.Hosting;

namespace TimKnowledgeGraph.Host.Web.Pages;

/// <summary>
/// Every error a browser sees, in the site's layout: what happened and what to do. Reached by re-execution (see
/// <see cref="ErrorPages"/>) with the status in the route, or after an exception. Reads nothing from Neo4j, which
/// may be what failed. Answers any method: a failed form post is re-executed here as a post.
/// </summary>
[IgnoreAntiforgeryToken]
internal sealed class ErrorModel(LocalNeo4jHealth health) : WebPage
{
    /// <summary>The status this page answers with.</summary>
    public int Status { get; private set; }

    /// <summary>The local Neo4j's state, for the "database down" page.</summary>
    public LocalNeo4jStatus Server { get; private set; } = null!;

    /// <summary>The address that failed (the original path, not /error).</summary>
    public string FailedPath { get; private set; } = "/";

    /// <summary>Neo4j's own message when Neo4j failed (it names the server, never a stack trace).</summary>
    public string? Neo4jMessage { get; private set; }

    /// <summary>When it happened, to quote when reporting it.</summary>
    public DateTimeOffset At { get; } = DateTimeOffset.UtcNow;

    /// <summary>The method of the request that failed (a re-executed request keeps it): a failed form post is said so.</summary>
    public bool WasPost => HttpMethods.IsPost(Request.Method);

    /// <summary>For a 405: the methods the address answers (its Allow header, else those of every page).</summary>
    public string Allowed => Response.Headers.Allow is { Count: > 0 } allow ? allow.ToString() : ErrorPages.PageMethods;

    /// <summary>Renders the page for a GET.</summary>
    public IActionResult OnGet(int? code) => Render(code);

    /// <inheritdoc cref="OnGet"/>
    public IActionResult OnPost(int? code) => Render(code);

    /// <summary>
    /// Any other method (a PUT or TRACE re-executed here after its 405 or 400) has no handler: the page renders for it
    /// too, rather than answering with the base page's 405 or rendering without a status.
    /// </summary>
    [NonHandler] // a filter, not a handler for requests of method "PAGE"
    public override void OnPageHandlerExecuting(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context)
    {
        if (context.HandlerMethod is null)
            context.Result = Render(RouteData.Values["code"] is string text && int.TryParse(text, out var code) ? code : null);
    }

    private PageResult Render(int? code)
    {
        var failure = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        // Opened directly, with a status that is no error or without one (/error/200, /error), nothing failed: no such page.
        Status = code is >= 400 and <= 599 ? code.Value
            : failure is not null ? ErrorPages.StatusOf(failure.Error)
            : StatusCodes.Status404NotFound;
        FailedPath = ErrorPages.OriginalPath(HttpContext).Value ?? "/";
        Neo4jMessage = failure?.Error is Neo4jException neo4j ? neo4j.Message : null;
        Server = health.Current;
        Title = Status switch
        {
            StatusCodes.Status404NotFound => "Page not found",
            StatusCodes.Status503ServiceUnavailable => "The graph database is not answering",
            StatusCodes.Status400BadRequest => "The request could not be answered",
            StatusCodes.Status405MethodNotAllowed => "This address cannot be used that way",
            StatusCodes.Status413PayloadTooLarge => "The form is too large",
            StatusCodes.Status414UriTooLong => "The address is too long",
            StatusCodes.Status415UnsupportedMediaType => "The request's text encoding is not one this site reads",
            StatusCodes.Status431RequestHeaderFieldsTooLarge => "The request's headers are too large",
            StatusCodes.Status502BadGateway => "The graph database failed",
            >= 500 => "Something went wrong",
            _ => $"The request could not be answered ({Status})",
        };
        Crumbs.Add(new Crumb(Title));
        Response.StatusCode = Status;
        if (Status == StatusCodes.Status503ServiceUnavailable) Response.Headers.RetryAfter = "5";
        return Page();
    }
}
