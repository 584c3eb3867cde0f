using Microsoft.AspNetCore.Diagnostics;
using TimKnowledgeGraph.Host.Web.Hosting;

namespace TimKnowledgeGraph.Host.Api;

/// <summary>
/// The last exception handler: any failure that is not Neo4j's becomes a 500 problem for API callers, with no
/// exception text (the exception handler middleware logs it), and a request the framework could not bind (a parameter,
/// a body) a 4xx that <see cref="MissingDetail"/> puts into words. Browsers are left to the error page (<see cref="ErrorPages"/>).
/// </summary>
internal sealed class UnhandledExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (ErrorPages.WantsHtml(context)) return false;
        var status = ErrorPages.StatusOf(exception);
        return await ExceptionProblems.WriteAsync(problems, context, exception, status,
            status == StatusCodes.Status500InternalServerError ? "The server failed; the failure was logged" : null);
    }
}
