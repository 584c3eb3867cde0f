using Microsoft.Extensions.Logging;

namespace TimKnowledgeGraph.Neo4j.LocalServer;

/// <summary>Source-generated log messages of the local server.</summary>
internal static partial class LocalNeo4jLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Downloading Neo4j 3.1.1 ({Package}) into {Home}, once")]
    public static partial void ProvisioningNeo4j(this ILogger logger, string package, string home);

    [LoggerMessage(Level = LogLevel.Information, Message = "Neo4j 3.1.1 provisioned into {Home} in {Elapsed}")]
    public static partial void ProvisionedNeo4j(this ILogger logger, string home, TimeSpan elapsed);

    [LoggerMessage(Level = LogLevel.Information, Message = "Another process is provisioning Neo4j; waiting for {LockFile}")]
    public static partial void WaitingForProvisioningLock(this ILogger logger, string lockFile);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A Neo4j (pid {Pid}) left from an earlier run still uses {DataDirectory}; stopping it")]
    public static partial void StoppingStaleServer(this ILogger logger, int pid, string dataDirectory);

    [LoggerMessage(Level = LogLevel.Information, Message = "Starting local Neo4j on http port {HttpPort}, bolt port {BoltPort}, data in {DataDirectory}")]
    public static partial void StartingServer(this ILogger logger, int httpPort, int boltPort, string dataDirectory);

    [LoggerMessage(Level = LogLevel.Information, Message = "Local Neo4j (pid {Pid}) ready at {HttpUri} in {Elapsed}")]
    public static partial void ServerReady(this ILogger logger, int pid, Uri httpUri, TimeSpan elapsed);

    // Debug: the failure itself is one line (LocalNeo4jException); the console's last lines are for -v and the log file.
    [LoggerMessage(Level = LogLevel.Debug, Message = "Local Neo4j failed to start: {Reason}. Last lines of {ConsoleLog}:\n{Tail}")]
    public static partial void StartFailed(this ILogger logger, string reason, string consoleLog, string tail);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopping local Neo4j (pid {Pid})")]
    public static partial void StoppingServer(this ILogger logger, int pid);

    [LoggerMessage(Level = LogLevel.Information, Message = "Local Neo4j stopped in {Elapsed}")]
    public static partial void ServerStopped(this ILogger logger, TimeSpan elapsed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Local Neo4j (pid {Pid}) did not stop within {Timeout}; killing it")]
    public static partial void KillingServer(this ILogger logger, int pid, TimeSpan timeout);

    [LoggerMessage(Level = LogLevel.Error, Message = "Local Neo4j died: {Reason}; restarting it")]
    public static partial void ServerDied(this ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Local Neo4j at {HttpUri} has not answered {Probes} probes in a row ({Timeout} each); killing it to restart it")]
    public static partial void ServerHung(this ILogger logger, Uri httpUri, int probes, TimeSpan timeout);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Restarting local Neo4j (attempt {Attempt} of {MaxAttempts}) in {Delay}")]
    public static partial void RestartingServer(this ILogger logger, int attempt, int maxAttempts, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Local Neo4j is back at {HttpUri} (restart attempt {Attempt})")]
    public static partial void ServerRestarted(this ILogger logger, Uri httpUri, int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Restart attempt {Attempt} of {MaxAttempts} of the local Neo4j failed: {Reason}")]
    public static partial void RestartFailed(this ILogger logger, int attempt, int maxAttempts, string reason);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Local Neo4j could not be restarted after {MaxAttempts} attempts; it stays down until the host is restarted")]
    public static partial void GaveUpRestarting(this ILogger logger, int maxAttempts);
}
