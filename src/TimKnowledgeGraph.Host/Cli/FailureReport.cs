using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Graph.Import;
using TimKnowledgeGraph.Neo4j.LocalServer;

namespace TimKnowledgeGraph.Host.Cli;

/// <summary>
/// Turns the failures a user can act on (server down, wrong password, Java missing, bad configuration) into one
/// readable line and an exit code. Anything else is a bug and keeps its stack trace.
/// </summary>
internal static class FailureReport
{
    public static bool TryDescribe(Exception exception, out string line, out int exitCode)
    {
        var ex = Unwrap(exception);
        (line, exitCode) = ex switch
        {
            Neo4jAuthenticationException e => ($"error: {e.Message}", ExitCodes.ServerError),
            Neo4jUnavailableException e => ($"error: {e.Message}", ExitCodes.ServerError),
            Neo4jException e => ($"error: Neo4j failed ({e.Code}): {e.Message}", ExitCodes.ServerError),
            LocalNeo4jException e => ($"error: {e.Message}", ExitCodes.LocalServerError),
            ImportInterferenceException e => ($"error: {e.Message}", ExitCodes.ServerError),
            ImportSourceChangedException e => ($"error: {e.Message}", ExitCodes.InvalidInput),
            ImportInProgressException e => ($"error: {e.Message}", ExitCodes.Busy),
            OutputFileException e => ($"error: {e.Message}", ExitCodes.InvalidInput),
            OptionsValidationException e => ($"error: invalid configuration: {string.Join("; ", e.Failures)}", ExitCodes.InvalidInput),
            // Start-up validation throws one exception per options class that failed: two bad sections come aggregated.
            AggregateException e when e.InnerExceptions.All(i => i is OptionsValidationException) =>
                ($"error: invalid configuration: {string.Join("; ", e.InnerExceptions.SelectMany(i => ((OptionsValidationException)i).Failures))}", ExitCodes.InvalidInput),
            IOException { InnerException: AddressInUseException } e =>
                ($"error: {e.Message.TrimEnd('.')} (is another timkg serve running?); choose another with --urls http://127.0.0.1:<port>", ExitCodes.InvalidInput),
            _ => ("", 0),
        };
        return exitCode != 0;
    }

    // Host start-up wraps failures of several hosted services in an AggregateException.
    private static Exception Unwrap(Exception ex) =>
        ex is AggregateException { InnerExceptions.Count: 1 } aggregate ? Unwrap(aggregate.InnerExceptions[0]) : ex;
}
