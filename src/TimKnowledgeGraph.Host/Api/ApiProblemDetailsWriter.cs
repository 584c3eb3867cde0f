using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using TimKnowledgeGraph.Host.Web.Hosting;

namespace TimKnowledgeGraph.Host.Api;

/// <summary>
/// API routes answer errors as <c>application/problem+json</c> whatever the Accept header says: the default writer
/// gives up when a browser asks for <c>text/html</c>, which left a navigated-to API error with a plain-text body.
/// Registered before the default writer, and only for <c>/api</c>. Applies the options' customisation (which fills a
/// missing detail, <see cref="MissingDetail"/>) as the default writer does.
/// </summary>
internal sealed class ApiProblemDetailsWriter(IOptions<ProblemDetailsOptions> options) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => ErrorPages.IsApi(context.HttpContext);

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var problem = context.ProblemDetails;
        problem.Status ??= http.Response.StatusCode;
        problem.Title ??= ReasonPhrases.GetReasonPhrase(problem.Status.Value);
        problem.Extensions.TryAdd("traceId", Activity.Current?.Id ?? http.TraceIdentifier);
        options.Value.CustomizeProblemDetails?.Invoke(context);
        return new ValueTask(http.Response.WriteAsJsonAsync(problem, typeof(ProblemDetails), options: null, contentType: "application/problem+json"));
    }
}
