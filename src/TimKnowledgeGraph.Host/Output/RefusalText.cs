using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Graph.ReadOnly;

namespace TimKnowledgeGraph.Host.Output;

/// <summary>
/// Why the read-only runner did not answer, said once for every surface that runs raw Cypher (the API's
/// <c>/api/cypher</c>, the web console, <c>timkg cypher</c>): a refused write, a time-out, or a statement Neo4j rejected.
/// </summary>
/// <param name="Title">The problem's title (the API's <c>title</c>).</param>
/// <param name="Sentence">What happened and what to fix, for a person.</param>
/// <param name="Status">The HTTP status that fits.</param>
/// <param name="Details">Machine-readable details (the API's problem extensions).</param>
internal sealed record RefusalText(string Title, string Sentence, int Status, IReadOnlyDictionary<string, object?> Details)
{
    /// <summary>
    /// The refusal an exception of the read-only runner stands for, or null for any other failure (an unreachable
    /// server or bad credentials are not the query's fault: they go to the host's error handling).
    /// </summary>
    public static RefusalText? From(Exception exception) => exception switch
    {
        ReadOnlyViolationException refused => new(
            "Refused: this endpoint only runs read-only queries",
            $"Refused, nothing was changed: {refused.Message}",
            StatusCodes.Status400BadRequest,
            new Dictionary<string, object?> { ["operation"] = refused.Operation, ["check"] = refused.Check.ToString() }),
        CypherQueryTimeoutException timeout => new(
            "Query timed out",
            timeout.Message,
            StatusCodes.Status408RequestTimeout,
            new Dictionary<string, object?> { ["limitSeconds"] = timeout.Limit.TotalSeconds }),
        CypherBusyException busy => new(
            "Busy with earlier queries",
            busy.Message,
            StatusCodes.Status503ServiceUnavailable,
            new Dictionary<string, object?> { ["places"] = busy.Places }),
        // Not the query's fault: Neo4j dropped the transaction it had just opened (idle past its 5 s timeout while the
        // server was busy). Thirty concurrent queries got this as a 400 "rejected the query".
        TransactionNotFoundException dropped => new(
            "Busy: Neo4j dropped the query's transaction",
            $"Neo4j dropped the query's transaction before it ran ({dropped.Code}), as it does with a transaction left idle while it is busy; nothing was changed, try again in a moment",
            StatusCodes.Status503ServiceUnavailable,
            new Dictionary<string, object?> { ["code"] = dropped.Code }),
        // Our own reader refused a row too large to hold: Neo4j answered, so the title must not say Neo4j rejected it.
        Neo4jClientException { Code: "Tkg.ResultTooLarge" } tooLarge => new(
            "Result row too large",
            $"refused by TimKnowledgeGraph, not by Neo4j: {tooLarge.Message}; nothing was changed",
            StatusCodes.Status400BadRequest,
            new Dictionary<string, object?> { ["code"] = tooLarge.Code }),
        // Syntax, types and missing parameters: Neo4j's own message says what to fix.
        Neo4jClientException rejected when rejected is not Neo4jAuthenticationException => new(
            "Neo4j rejected the statement",
            $"Neo4j rejected the query ({rejected.Code}): {rejected.Message}",
            StatusCodes.Status400BadRequest,
            new Dictionary<string, object?> { ["code"] = rejected.Code }),
        // An internal failure of Neo4j on this query (a parser overflow on deeply nested or very long text, a division by
        // zero met while running, among others): said as a sentence on every surface, not left to the host's generic
        // error handling. The parser hint only where the parser failed: after "/ by zero" it sent readers the wrong way.
        Neo4jDatabaseException failed => new(
            "Neo4j failed on the query",
            $"Neo4j failed while running the query ({failed.Code}): {Shown(failed)}. Nothing was changed{(ParserFailed(failed) ? "; a query nested very deeply or very long can overflow Neo4j's parser" : "")}.",
            StatusCodes.Status502BadGateway,
            new Dictionary<string, object?> { ["code"] = failed.Code }),
        _ => null,
    };

    // What Neo4j 3.1 says after "Error while parsing rule" is the path of its parser's rules ('<init>/OneOrMore/Statement/
    // FirstOf/RegularQuery/…/org$neo4j$cypher$internal$frontend$v3_1$parser$Clauses$$ReturnItem/…'), its internals, of no
    // use to a reader: only the failure is said.
    private static string Shown(Neo4jDatabaseException failed) =>
        failed.Message.StartsWith("Error while parsing rule", StringComparison.Ordinal) ? "its parser failed on the query's text" : failed.Message;

    // Neo4j 3.1 says "Error while parsing rule ..." when its parser fails, or nothing at all (an UnknownError) when it
    // overflowed its stack on a very long expression.
    private static bool ParserFailed(Neo4jDatabaseException failed) =>
        failed.Message.StartsWith("Error while parsing", StringComparison.Ordinal) || failed.Code.EndsWith(".UnknownError", StringComparison.Ordinal);
}
