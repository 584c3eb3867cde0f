using Microsoft.AspNetCore.Mvc;

namespace TimKnowledgeGraph.Host.Api;

/// <summary>
/// How the exception handlers answer an API caller: one problem+json written through the app's
/// <see cref="IProblemDetailsService"/> (so <see cref="ApiProblemDetailsWriter"/> shapes it like every other API error).
/// </summary>
internal static class ExceptionProblems
{
    /// <summary>Sets the status and writes the problem; false when no writer took it.</summary>
    public static async ValueTask<bool> WriteAsync(
        IProblemDetailsService problems, HttpContext context, Exception? exception, int status, string? title,
        string? detail = null, IReadOnlyDictionary<string, object?>? extensions = null)
    {
        context.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>()) problem.Extensions[key] = value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, Exception = exception, ProblemDetails = problem });
    }
}
