using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace TimKnowledgeGraph.Host.Web.Hosting;

/// <summary>
/// An address (path and query) longer than <see cref="MaxLength"/> characters is answered 414 with a body that says so:
/// the error page for browsers, problem details for everyone else. Kestrel refuses such a request line itself with an
/// empty 414, so its own limit is raised to <see cref="KestrelRequestLineBytes"/> and the refusal made here; a request
/// line beyond that still gets Kestrel's bare answer (no browser or client sends one by mistake).
/// </summary>
internal static class RequestTargetLimit
{
    /// <summary>The longest address answered: Kestrel's default request-line limit, so the same requests are refused as before.</summary>
    public const int MaxLength = 8 * 1024;

    /// <summary>What Kestrel reads of a request line (its default: 8 KiB; its request buffer holds 1 MiB).</summary>
    public const int KestrelRequestLineBytes = 64 * 1024;

    public static WebApplicationBuilder RaiseKestrelRequestLineLimit(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestLineSize = KestrelRequestLineBytes);
        return builder;
    }

    /// <summary>Runs inside the status code pages, so a browser's 414 is rendered by the error page.</summary>
    public static async Task RefuseLongAddresses(HttpContext context, Func<Task> next)
    {
        // The address as the client sent it; a re-executed error page keeps it, but is not refused again.
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? "";
        if (target.Length <= MaxLength || context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            await next();
            return;
        }
        context.Response.StatusCode = StatusCodes.Status414UriTooLong;
        if (ErrorPages.WantsHtml(context)) return;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status414UriTooLong,
                Detail = $"The address is {target.Length:N0} characters long; at most {MaxLength:N0} are read. " +
                    "Send a long value, such as a Cypher statement, in the body of a POST.",
            },
        });
    }
}
