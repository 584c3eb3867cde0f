using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Host.Web.Console;

/// <summary>Runs a console query read-only: refused if it could write, and never committed.</summary>
internal interface IConsoleRunner
{
    /// <summary>Runs the query with its parameters; problems the user can fix come back as <see cref="ConsoleOutcome.Error"/>.</summary>
    Task<ConsoleOutcome> RunAsync(string query, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken);
}

/// <summary>What a console run produced: rows, or one message saying why there are none.</summary>
/// <param name="Columns">Result columns.</param>
/// <param name="Rows">Result rows, cut at the row limit.</param>
/// <param name="Truncated">True when there were more rows than shown.</param>
/// <param name="Elapsed">Time taken.</param>
/// <param name="Error">Why the query did not run (refused, timed out, rejected by Neo4j); null on success.</param>
/// <param name="Graph">The nodes and relationships the rows hold, capped (empty when the rows hold none).</param>
internal sealed record ConsoleOutcome(
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<object?>> Rows,
    bool Truncated,
    TimeSpan Elapsed,
    string? Error,
    CypherGraph? Graph = null)
{
    /// <summary>A run that produced no rows because of <paramref name="message"/>.</summary>
    public static ConsoleOutcome Failed(string message) => new([], [], false, TimeSpan.Zero, message);
}
