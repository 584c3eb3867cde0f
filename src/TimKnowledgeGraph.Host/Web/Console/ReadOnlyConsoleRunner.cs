namespace TimKnowledgeGraph.Host.Web.Console;

/// <summary>
/// The console's runner. The read-only Cypher runner belongs to the query layer (Graph/ReadOnly); until it is part of
/// this build the console runs nothing rather than risk a write.
/// </summary>
public sealed class ReadOnlyConsoleRunner : IConsoleRunner
{
    /// <inheritdoc />
    public bool IsAvailable => false;

    /// <inheritdoc />
    public Task<ConsoleOutcome> RunAsync(string query, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken) =>
        Task.FromResult(ConsoleOutcome.Failed("The read-only Cypher runner is not part of this build yet, so the console cannot run queries."));
}
