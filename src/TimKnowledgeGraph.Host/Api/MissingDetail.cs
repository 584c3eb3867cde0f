using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.WebUtilities;
using TimKnowledgeGraph.Host.Output;
using TimKnowledgeGraph.Host.Web.Hosting;

namespace TimKnowledgeGraph.Host.Api;

/// <summary>
/// Every 4xx problem the host writes says in one sentence what was wrong and what is expected. The errors the host words
/// itself (<see cref="Problems"/>, the Cypher refusals, <see cref="RequestLimits"/>) keep their sentence; this one fills in
/// those ASP.NET Core answers alone, which had a title and nothing else (no route, a method or media type the address
/// does not take) or a sentence naming C# types and suggesting a service (a body that does not bind). Runs for every
/// problem written (<see cref="ProblemDetailsOptions.CustomizeProblemDetails"/>, which both writers apply).
/// </summary>
internal static class MissingDetail
{
    /// <summary>The API's description, where every route, parameter and body is listed.</summary>
    public const string OpenApi = "/openapi/v1.json";

    /// <summary>Sets the detail of a 4xx problem that has none.</summary>
    public static void Fill(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        if (problem.Detail is not null || status is < 400 or > 499) return;
        problem.Detail = Sentence(context.HttpContext, status, context.Exception as BadHttpRequestException);
    }

    private static string Sentence(HttpContext http, int status, BadHttpRequestException? bad) => status switch
    {
        StatusCodes.Status404NotFound when ErrorPages.IsApi(http) => $"No API route answers this address; the routes are listed in {OpenApi}.",
        StatusCodes.Status404NotFound => "Nothing is found at this address; check it, or search the knowledge base at /search.",
        StatusCodes.Status405MethodNotAllowed => MethodNotAllowed(http),
        StatusCodes.Status415UnsupportedMediaType => "The body must be JSON, sent with the header Content-Type: application/json; " +
            (http.Request.ContentType is { Length: > 0 } type ? $"this request sent '{CutText.Echo(type)}'." : "this request sent none."),
        StatusCodes.Status400BadRequest when bad is not null => Unbound(http, bad),
        _ when bad is not null => bad.Message, // Kestrel's own refusals say what they mean ("Request body too large. …")
        StatusCodes.Status400BadRequest => $"The request could not be read; the API's routes, parameters and bodies are described in {OpenApi}.",
        _ => $"The request was refused ({status} {ReasonPhrases.GetReasonPhrase(status)}); the API's routes are described in {OpenApi}.",
    };

    // The Allow header is set from the endpoints' metadata by routing (an API route) or by the pages (ErrorPages, WebPage).
    private static string MethodNotAllowed(HttpContext http)
    {
        var method = CutText.Echo(http.Request.Method);
        var allowed = http.Response.Headers.Allow.ToString().Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return allowed.Length == 0
            ? $"This address does not answer {method} requests."
            : $"This address answers {Problems.Or(allowed)} requests only, not {method}.";
    }

    // A request the framework could not bind: a query-string value said as the API's other bad parameters are, a body
    // by the shape the endpoint reads. Its sentences for a body are "Failed to read parameter … from the request body as
    // JSON" (with the JsonException), "Implicit body inferred … but no body was provided" and "… was not provided from body".
    private static string Unbound(HttpContext http, BadHttpRequestException bad)
    {
        if (BindFailure.Read(bad.Message) is { } failure) return failure.Sentence;
        if (bad.InnerException is not JsonException && !bad.Message.Contains(" body", StringComparison.Ordinal)) return bad.Message;
        var endpoint = http.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? http.GetEndpoint();
        var expected = BodyShape.Of(endpoint, http.RequestServices) is { } shape ? "send " + shape : $"send the JSON that {OpenApi} describes";
        if (bad.InnerException is not JsonException json)
            return http.Request.ContentLength is null or 0 ? $"The request has no body: {expected}." : $"The body is not the JSON this address expects: {expected}.";
        var at = json.Path is { Length: > 0 } path ? $" (at {CutText.Echo(path)})" : "";
        return $"The body is not the JSON this address expects{at}: {expected}.";
    }
}
