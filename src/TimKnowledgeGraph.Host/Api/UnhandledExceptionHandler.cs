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

    // For a body, what JSON found wrong and where follows ASP.NET Core's sentence; a query-string value that does not
    // bind is said as the API's other parameter problems are.
    private static string Describe(BadHttpRequestException bad) =>
        bad.InnerException is System.Text.Json.JsonException json ? $"{bad.Message} {json.Message}"
        : BindFailure.Read(bad.Message) is { } failure ? failure.Sentence
        : bad.Message;
}

/// <summary>
/// ASP.NET Core's sentence for a value that does not bind, <c>Failed to bind parameter "Nullable&lt;int&gt; top" from
/// "999999999999".</c>, read into the parameter, its C# type and the value, and said as the API's other parameter
/// problems are: <c>Parameter top must be a whole number up to 2147483647, got '999999999999'.</c> (it named C#'s type).
/// </summary>
internal sealed record BindFailure(string Type, string Name, string Value)
{
    private const string Start = "Failed to bind parameter \"";
    private const string From = "\" from \"";
    private const string End = "\".";

    /// <summary>The parts of <paramref name="message"/>, or null when it is not that sentence.</summary>
    public static BindFailure? Read(string message)
    {
        if (!message.StartsWith(Start, StringComparison.Ordinal) || !message.EndsWith(End, StringComparison.Ordinal)) return null;
        var from = message.IndexOf(From, Start.Length, StringComparison.Ordinal);
        if (from < 0) return null;
        var declared = message[Start.Length..from];
        var space = declared.LastIndexOf(' ');
        if (space <= 0) return null;
        return new BindFailure(declared[..space], declared[(space + 1)..], message[(from + From.Length)..^End.Length]);
    }

    /// <summary>"Parameter top must be a whole number up to 2147483647, got '999999999999'."</summary>
    public string Sentence => Problems.BadParameterSentence(Name, $"must be {Expected}", Value);

    private string Expected => Type.Replace("Nullable<", "", StringComparison.Ordinal).TrimEnd('>', '?') switch
    {
        "int" or "Int32" => $"a whole number up to {int.MaxValue}",
        "long" or "Int64" => "a whole number",
        "double" or "Double" or "float" or "Single" => "a number",
        "bool" or "Boolean" => "true or false",
        _ => "a value of another form",
    };
}
