using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace TimKnowledgeGraph.Host.Web.Hosting;

/// <summary>
/// Requests over Kestrel's default limits are refused with a body that says why: an address (path and query) longer
/// than <see cref="MaxAddressLength"/> characters is a 414, headers over <see cref="MaxHeaderBytes"/> bytes or
/// <see cref="MaxHeaderCount"/> lines a 431; the error page for browsers, problem details for everyone else. Kestrel
/// refused them itself with an empty answer (a blank page), so its own limits are raised (<see cref="KestrelLimit"/>)
/// and the same requests refused here. Past Kestrel's raised limits, its bare answer remains (no browser sends that much).
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
        if (Problem(context) is not { } problem || context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
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
}
