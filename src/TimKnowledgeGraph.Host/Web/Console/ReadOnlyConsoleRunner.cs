using TimKnowledgeGraph.Graph.Cypher;
using TimKnowledgeGraph.Graph.ReadOnly;

namespace TimKnowledgeGraph.Host.Web.Console;

/// <summary>
/// The console's runner: the query layer's <see cref="ReadOnlyCypherRunner"/> (text, plan and update checks, always
/// rolled back), at most <see cref="MaxRows"/> rows, with the rows' nodes and relationships for the drawing (capped by
/// <see cref="CypherRowLimit"/>). Refusals, time-outs and Neo4j's own errors become messages.
/// </summary>
public sealed class ReadOnlyConsoleRunner(ICypherClient client) : IConsoleRunner
{
    /// <summary>Rows shown at most: a page, not an export.</summary>
    public const int MaxRows = 500;

    /// <inheritdoc />
    public async Task<ConsoleOutcome> RunAsync(string query, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        try
        {
            var result = await new ReadOnlyCypherRunner(client).RunAsync(query, parameters, new ReadOnlyQueryOptions(MaxRows, IncludeGraph: true), cancellationToken);
            return new ConsoleOutcome(result.Columns, result.Rows, result.Truncated, result.Elapsed, null, result.Graph);
        }
        catch (ReadOnlyViolationException refused)
        {
            return ConsoleOutcome.Failed($"Refused, nothing was changed: {refused.Message}");
        }
        catch (CypherQueryTimeoutException timeout)
        {
            return ConsoleOutcome.Failed(timeout.Message);
        }
        catch (Neo4jClientException rejected)
        {
            // Syntax, types and missing parameters: Neo4j's own message says what to fix. Unreachable servers are
            // not caught here; they go to the host's error handling like any other page.
            return ConsoleOutcome.Failed($"Neo4j rejected the query ({rejected.Code}): {rejected.Message}");
        }
    }
}
