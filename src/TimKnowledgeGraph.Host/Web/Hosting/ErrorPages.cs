using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Net.Http.Headers;
using TimKnowledgeGraph.Graph.Queries;
using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Host.Web.Hosting;

/// <summary>
/// Readable error pages for browsers, problem details for everyone else. A request wants HTML when it is not for
/// <c>/api</c> (or the OpenAPI document) and either posts a form or has an Accept header (parsed, not searched) that
/// names <c>text/html</c>; such a request that fails (an exception, or a 4xx/5xx without a body) is answered by the
/// <c>/error</c> page in the site's layout. API routes keep <c>application/problem+json</c>.
/// </summary>
internal static class ErrorPages
{
    /// <summary>The page that renders every error for browsers (<c>/error/{status}</c>).</summary>
    public const string Path = "/error";

    /// <summary>True for a browser asking for a page (see <see cref="ErrorPages"/>), or posting a page's form.</summary>
    public static bool WantsHtml(HttpContext context)
    {
        if (IsApi(context)) return false;
        // Only the console's form posts to a page, from a browser: its failure (a missing or stale form token) is a
        // page telling the user to open the form again, whatever the Accept header says, not problem JSON.
        if (HttpMethods.IsPost(context.Request.Method)) return true;
        if (!MediaTypeHeaderValue.TryParseList(context.Request.Headers.Accept, out var accepted)) return false;
        return accepted.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && a.Quality is not 0);
    }

    /// <summary>True for the HTTP API (and the OpenAPI document), judged by the path the client asked for.</summary>
    public static bool IsApi(HttpContext context)
    {
        var path = OriginalPath(context);
        return path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi");
    }

    /// <summary>
    /// The path the client asked for: while an exception is handled, the request's path already is <see cref="Path"/>,
    /// and a re-executed status code page has its own.
    /// </summary>
    public static PathString OriginalPath(HttpContext context) =>
        context.Features.Get<IExceptionHandlerPathFeature>()?.Path is { } failed ? new PathString(failed)
        : context.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath is { } reExecuted ? new PathString(reExecuted)
        : context.Request.Path;

    /// <summary>The status an unhandled exception answers with: Neo4j down (or every place for queries taken) 503, a statement Neo4j refused 400, any other Neo4j failure 502, the rest 500.</summary>
    public static int StatusOf(Exception? exception) => exception switch
    {
        Neo4jUnavailableException or Neo4jAuthenticationException or QueriesBusyException => StatusCodes.Status503ServiceUnavailable,
        Neo4jClientException => StatusCodes.Status400BadRequest,
        Neo4jException => StatusCodes.Status502BadGateway,
        BadHttpRequestException bad => bad.StatusCode,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>The methods the pages answer: reading them, and posting the console's form.</summary>
    public const string PageMethods = "GET, HEAD, POST";

    // Any other method on a page (PUT, DELETE, TRACE, a made-up one) is a 405 naming these, before routing: a page
    // without a handler for it rendered without its data (TRACE on a concept page was a NullReferenceException, on the
    // critiques' index "0 critiques"). The body comes from the status code pages, as for any other error, so this runs
    // after them and lets their re-execution (still a PUT) through to the error page.
    private static Task OnlyPageMethods(HttpContext context, Func<Task> next)
    {
        var method = context.Request.Method;
        if (IsApi(context) || HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsPost(method)
            || context.Features.Get<IStatusCodeReExecuteFeature>() is not null) return next();
        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers.Allow = PageMethods;
        return Task.CompletedTask;
    }

    /// <summary>
    /// Exceptions: handlers first (Neo4j failures and the rest as problem details for API callers), then the error
    /// page for browsers. Status codes without a body: the error page for browsers, problem details otherwise.
    /// </summary>
    public static WebApplication UseErrorPages(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = Path,
            StatusCodeSelector = StatusOf,
            // Neo4jExceptionHandler logs a Neo4j failure as one line; a stack trace per request while Neo4j is down
            // (or restarting) would bury the log, and a client's unbindable parameter is the client's mistake. Everything
            // else keeps the middleware's full error log.
            SuppressDiagnosticsCallback = c => c.Exception is Neo4jException or BadHttpRequestException,
        });
        app.UseStatusCodePages();
        app.UseWhen(WantsHtml, html => html.UseStatusCodePagesWithReExecute(Path + "/{0}"));
        app.Use(RequestLimits.RefuseOversizedRequests);
        app.Use(OnlyPageMethods);
        // Routing after the error handling, so a re-executed request is routed again (to the error page).
        app.UseRouting();
        return app;
    }
}
