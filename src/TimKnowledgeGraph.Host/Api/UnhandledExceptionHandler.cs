using Microsoft.AspNetCore.Diagnostics;
using TimKnowledgeGraph.Host.Web.Hosting;

namespace TimKnowledgeGraph.Host.Api;

/// <summary>
/// The last exception handler: any failure that is not Neo4j's becomes a 500 problem for API callers, with no
/// exception text (the exception handler middleware logs it). Browsers are left to the error page (<see cref="ErrorPages"/>).
/// </summary>
internal sealed class UnhandledExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (ErrorPages.WantsHtml(context)) return false;
        var status = ErrorPages.StatusOf(exception);
        return await ExceptionProblems.WriteAsync(problems, context, exception, status,
            status == StatusCodes.Status500InternalServerError ? "The server failed; the failure was logged" : null,
            exception is BadHttpRequestException bad ? Describe(bad) : null);
    }

    // "Failed to bind parameter "int top" from "99999999999"." — ASP.NET Core's own sentence names the parameter and
    // the value; for a body, what JSON found wrong and where follows it.
    private static string Describe(BadHttpRequestException bad) =>
        bad.InnerException is System.Text.Json.JsonException json ? $"{bad.Message} {json.Message}" : bad.Message;
}
