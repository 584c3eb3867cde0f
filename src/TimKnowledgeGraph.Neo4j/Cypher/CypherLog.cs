using Microsoft.Extensions.Logging;

namespace TimKnowledgeGraph.Neo4j.Cypher;

/// <summary>Source-generated log messages of the Cypher client.</summary>
internal static partial class CypherLog
{
    // Information, not a warning: a retry that succeeds needs nothing from the user, and one that finally fails reaches
    // the caller as its exception (one line from the CLI). A command shows warnings without -v; `timkg import` printed a
    // line per deadlock retried among its batches.
    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "Neo4j at {ServerUri}: transaction failed with {Code} ({Reason}); retry {Retry} of {MaxRetries} in {DelayMs} ms")]
    public static partial void RetryingTransaction(ILogger logger, Uri serverUri, string code, string reason, int retry, int maxRetries, long delayMs);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information,
        Message = "Neo4j at {ServerUri}: version {Version} {Edition}, transactions at {TransactionEndpoint}")]
    public static partial void Discovered(ILogger logger, Uri serverUri, string version, string edition, Uri transactionEndpoint);

    [LoggerMessage(EventId = 3, Level = LogLevel.Debug,
        Message = "Neo4j at {ServerUri}: connection lost; the server will be discovered again on next use")]
    public static partial void ConnectionLost(ILogger logger, Uri serverUri);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning,
        Message = "Neo4j at {ServerUri}: could not roll back transaction {TransactionUrl} while disposing it ({Reason}); the server rolls it back when it times out")]
    public static partial void DisposeRollbackFailed(ILogger logger, Uri serverUri, Uri transactionUrl, string reason);
}
