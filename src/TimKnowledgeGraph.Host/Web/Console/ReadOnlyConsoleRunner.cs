using TimKnowledgeGraph.Graph.ReadOnly;
using TimKnowledgeGraph.Host.Output;

namespace TimKnowledgeGraph.Host.Web.Console;

/// <summary>
/// The console's runner: the query layer's <see cref="ReadOnlyCypherRunner"/> (text, plan and update checks, always
/// rolled back), at most <see cref="MaxRows"/> rows, with the rows' nodes and relationships for the drawing (capped by
/// <see cref="CypherRowLimit"/>). Refusals, time-outs and Neo4j's own errors become messages.
/// </summary>
internal sealed class ReadOnlyConsoleRunner(ReadOnlyCypherRunner runner) : IConsoleRunner
{
    /// <summary>Rows shown at most: a page, not an export.</summary>
    public const int MaxRows = 500;

    /// <inheritdoc />
    public async Task<ConsoleOutcome> RunAsync(string query, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        try
        {
            var result = await runner.RunAsync(query, parameters, new ReadOnlyQueryOptions(MaxRows, IncludeGraph: true), cancellationToken);
            return new ConsoleOutcome(result.Columns, result.Rows, result.Truncated, result.Elapsed, null, result.Graph);
        }
        catch (Exception e) when (RefusalText.From(e) is { } refusal)
        {
            // Unreachable servers are not refusals; they go to the host's error handling like any other page.
            return ConsoleOutcome.Failed(refusal.Sentence);
        }
    }
}
