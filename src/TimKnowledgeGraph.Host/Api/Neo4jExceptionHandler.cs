using Microsoft.AspNetCore.Diagnostics;
using TimKnowledgeGraph.Graph.Queries;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Host.Web.Hosting;

namespace TimKnowledgeGraph.Host.Api;

/// <summary>
/// Turns Neo4j failures into ProblemDetails the caller can act on: an unreachable or misconfigured server is a 503
/// naming the server, a rejected statement a 400 carrying Neo4j's status code. Nothing is swallowed. A browser asking
/// for a page gets the error page instead (see <see cref="ErrorPages"/>).
/// </summary>
internal sealed partial class Neo4jExceptionHandler(IProblemDetailsService problems, ILogger<Neo4jExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not Neo4jException neo4j) return false;
        if (ErrorPages.WantsHtml(context))
        {
            LogNeo4jFailure(logger, neo4j.Code, neo4j.Message);
            return false;
        }

        var (status, title) = neo4j switch
        {
            Neo4jUnavailableException => (StatusCodes.Status503ServiceUnavailable, "Neo4j unavailable"),
            QueriesBusyException => (StatusCodes.Status503ServiceUnavailable, "Busy with earlier queries"),
            Neo4jAuthenticationException => (StatusCodes.Status503ServiceUnavailable, "Neo4j rejected the configured credentials"),
            Neo4jClientException => (StatusCodes.Status400BadRequest, "Neo4j rejected the statement"),
            _ => (StatusCodes.Status502BadGateway, "Neo4j failed"),
        };
        LogNeo4jFailure(logger, neo4j.Code, (neo4j as Neo4jDatabaseException)?.ServerMessage ?? neo4j.Message);
        return await ExceptionProblems.WriteAsync(problems, context, exception, status, title, neo4j.Message,
            new Dictionary<string, object?> { ["code"] = neo4j.Code });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Request failed on Neo4j: {Code}: {Detail}")]
    private static partial void LogNeo4jFailure(ILogger logger, string code, string detail);
}
