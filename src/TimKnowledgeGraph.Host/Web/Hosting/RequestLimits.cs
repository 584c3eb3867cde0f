using System.Text;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace TimKnowledgeGraph.Host.Web.Hosting;

/// <summary>
/// Requests over Kestrel's default limits are refused with a body that says why: an address (path and query) longer
/// than <see cref="MaxAddressLength"/> characters is a 414, headers over <see cref="MaxHeaderBytes"/> bytes or
/// <see cref="MaxHeaderCount"/> lines a 431; the error page for browsers, problem details for everyone else. Kestrel
/// refused them itself with an empty answer (a blank page), so its own limits are raised (<see cref="KestrelLimit"/>)
/// and the same requests refused here. Past Kestrel's raised limits, its bare answer remains (no browser sends that much).
/// A body whose <c>Content-Type</c> names a charset .NET cannot decode (<c>utf-7</c>, <c>foo</c>, an empty one) is a 415
/// saying so: ASP.NET Core's JSON and form readers threw on it, a 500 with a stack trace in the log.
/// </summary>
internal static class RequestLimits
{
    /// <summary>The longest address answered: Kestrel's default request-line limit.</summary>
    public const int MaxAddressLength = 8 * 1024;

    /// <summary>The most header bytes answered (each line: name, value and 4 for ": " and CRLF): Kestrel's default.</summary>
    public const int MaxHeaderBytes = 32 * 1024;

    /// <summary>The most header lines answered: Kestrel's default.</summary>
    public const int MaxHeaderCount = 100;

    /// <summary>What Kestrel itself reads of a request line and of the headers (its request buffer holds 1 MiB).</summary>
    public const int KestrelLimit = 64 * 1024;

    public static WebApplicationBuilder RaiseKestrelRequestLimits(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestLineSize = KestrelLimit;
            kestrel.Limits.MaxRequestHeadersTotalSize = KestrelLimit;
            kestrel.Limits.MaxRequestHeaderCount = 2 * MaxHeaderCount;
        });
        return builder;
    }

    /// <summary>Runs inside the status code pages, so a browser's refusal is rendered by the error page.</summary>
    public static async Task RefuseOversizedRequests(HttpContext context, Func<Task> next)
    {
        // A re-executed error page keeps the request's address and headers, but is not refused again.
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || (Problem(context) ?? await FormProblemAsync(context)) is not { } problem)
        {
            await next();
            return;
        }
        context.Response.StatusCode = problem.Status;
        if (ErrorPages.WantsHtml(context)) return;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = problem.Status, Detail = problem.Detail },
        });
    }

    private static (int Status, string Detail)? Problem(HttpContext context)
    {
        // The address as the client sent it.
        var address = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? "";
        if (address.Length > MaxAddressLength)
        {
            return (StatusCodes.Status414UriTooLong, $"The address is {address.Length:N0} characters long; at most {MaxAddressLength:N0} are read. " +
                "Send a long value, such as a Cypher statement, in the body of a POST.");
        }
        if (CharsetProblem(context) is { } charset) return charset;
        var (lines, bytes) = (0, 0L);
        foreach (var (name, values) in context.Request.Headers)
        {
            foreach (var value in values)
            {
                lines++;
                bytes += name.Length + (value?.Length ?? 0) + 4;
            }
        }
        return lines <= MaxHeaderCount && bytes <= MaxHeaderBytes ? null
            : (StatusCodes.Status431RequestHeaderFieldsTooLarge, $"The request has {lines:N0} header lines, {bytes:N0} bytes; at most " +
                $"{MaxHeaderCount:N0} lines and {MaxHeaderBytes:N0} bytes are read. Cookies are the usual cause: clear this site's cookies.");
    }

    // A page's form (the console's) past ASP.NET Core's form limits (1,024 fields, names of 2 KiB, values of 4 MiB) made
    // the form reader throw inside the token check and the model binding, and the browser was shown "There is no page at
    // /console" (a 404). It is read here, where its failure becomes a 413 saying why; once read, the form is kept for
    // the page. After a failure the request carries an empty form, so the re-executed error page reads nothing.
    private static async Task<(int Status, string Detail)?> FormProblemAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsPost(request.Method) || ErrorPages.IsApi(context) || !request.HasFormContentType) return null;
        try
        {
            await request.ReadFormAsync(context.RequestAborted);
            return null;
        }
        catch (InvalidDataException e)
        {
            context.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
            return (StatusCodes.Status413PayloadTooLarge, $"The form is too large to read ({e.Message.TrimEnd('.')}): the console's form " +
                "holds a query and its parameters, each at most 4 MiB; for more, POST them to /api/cypher.");
        }
    }

    // The JSON reader (HttpRequestJsonExtensions) and the form reader (FormFeature, also behind the console's token check)
    // look the charset up with Encoding.GetEncoding and throw when it fails; UTF-7 is known but disabled and throws too.
    // A quoted charset (charset="utf-8", which HTTP allows) is read unquoted, as the JSON reader does not.
    private static (int Status, string Detail)? CharsetProblem(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)
            || !MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || type.Parameters.FirstOrDefault(p => p.Name.Equals("charset", StringComparison.OrdinalIgnoreCase)) is not { } parameter) return null;
        var charset = HeaderUtilities.RemoveQuotes(parameter.Value).ToString();
        if (IsReadable(charset))
        {
            if (charset != parameter.Value.ToString())
            {
                parameter.Value = charset;
                request.ContentType = type.ToString();
            }
            return null;
        }
        // Dropped from the request, so the error page re-executed for a browser (a POST, whose token check reads the
        // form) does not throw on it in turn.
        type.Parameters.Remove(parameter);
        request.ContentType = type.ToString();
        var shown = charset.Length > 40 ? charset[..40] + "…" : charset;
        return (StatusCodes.Status415UnsupportedMediaType, $"The body's charset '{shown}' is not a text encoding this server reads; " +
            "send the body as UTF-8 (Content-Type: application/json; charset=utf-8, or no charset).");
    }

    private static bool IsReadable(string charset)
    {
        if (charset.Length == 0) return false;
        try
        {
            return Encoding.GetEncoding(charset).CodePage != 65000; // UTF-7: disabled in .NET, and never needed
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return false;
        }
    }
}
