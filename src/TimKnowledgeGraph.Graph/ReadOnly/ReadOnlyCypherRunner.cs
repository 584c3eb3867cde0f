using System.Diagnostics;
using TimKnowledgeGraph.Graph.Cypher;

namespace TimKnowledgeGraph.Graph.ReadOnly;

/// <summary>
/// Runs user-written Cypher without letting it change the database. Neo4j 3.1 has no read access mode, so several
/// independent guards are stacked, each enough on its own for the common cases:
/// <list type="number">
/// <item>the text: schema/admin commands, PROFILE, periodic commit and CALLs of procedures off the allow-list are refused
/// before anything is sent (EXPLAIN of DDL fails or says nothing on some versions);</item>
/// <item>the plan: <c>EXPLAIN &lt;query&gt;</c> is run and any write operator refuses the query (which operator is reported);</item>
/// <item>the run: the query runs in an explicit transaction opened with <see cref="TransactionOptions.ReadOnly"/> (the
/// <c>access-mode: READ</c> header on 4.4.4+) that is ALWAYS rolled back, and a result whose stats report updates is refused.</item>
/// </list>
/// The user's text is never combined with other Cypher except for the <c>EXPLAIN </c> prefix; parameters travel as parameters.
/// </summary>
public sealed class ReadOnlyCypherRunner(ICypherClient client)
{
    /// <summary>Checks and runs <paramref name="query"/>, returning at most <see cref="ReadOnlyQueryOptions.MaxRows"/> rows.</summary>
    /// <exception cref="ReadOnlyViolationException">The query could write; nothing was changed.</exception>
    /// <exception cref="CypherQueryTimeoutException">The time limit passed; the transaction was rolled back.</exception>
    /// <exception cref="Neo4jClientException">Neo4j rejected the query (syntax, types, parameters).</exception>
    public async Task<ReadOnlyQueryResult> RunAsync(
        string query,
        IReadOnlyDictionary<string, object?>? parameters = null,
        ReadOnlyQueryOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        options ??= new ReadOnlyQueryOptions();
        if (options.MaxRows is < 0 or > ReadOnlyQueryOptions.MaxRowsCeiling)
            throw new ArgumentOutOfRangeException(nameof(options), $"MaxRows must be between 0 and {ReadOnlyQueryOptions.MaxRowsCeiling}");

        CheckText(query);
        var stopwatch = Stopwatch.StartNew();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.EffectiveTimeout);
        try
        {
            await CheckPlanAsync(query, parameters, timeout.Token);
            var result = await RunRolledBackAsync(query, parameters, timeout.Token);
            var truncated = result.Rows.Count > options.MaxRows;
            var rows = truncated ? result.Rows.Take(options.MaxRows).ToList() : result.Rows;
            return new ReadOnlyQueryResult(result.Columns, rows, truncated, options.MaxRows, stopwatch.Elapsed);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new CypherQueryTimeoutException(options.EffectiveTimeout);
        }
    }

    /// <summary>The checks that need no server: refused commands and procedures.</summary>
    public static void CheckText(string query)
    {
        if (WriteOperations.RefusedCommand(query) is { } command)
            throw new ReadOnlyViolationException(ReadOnlyCheck.Text, command, $"refused: {command} is not allowed in a read-only query");
        if (WriteOperations.RefusedProcedures(query) is [var procedure, ..])
            throw new ReadOnlyViolationException(ReadOnlyCheck.Procedure, procedure,
                $"refused: CALL {procedure} is not allowed in a read-only query (allowed: {string.Join(", ", WriteOperations.AllowedProcedures.Order())})");
    }

    /// <summary>Refuses a plan that contains a write operator.</summary>
    public static void CheckPlan(CypherPlan plan)
    {
        if (plan.SelfAndDescendants().FirstOrDefault(p => WriteOperations.IsWriteOperator(p.OperatorType)) is { } write)
            throw new ReadOnlyViolationException(ReadOnlyCheck.Plan, write.OperatorType,
                $"refused: the query plan contains the write operation {write.OperatorType}");
    }

    private async Task CheckPlanAsync(string query, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken)
    {
        // EXPLAIN plans without running; it is sent in a transaction of its own that is rolled back as well.
        var tx = await client.BeginTransactionAsync(new TransactionOptions(ReadOnly: true), cancellationToken);
        IReadOnlyList<CypherResult> explained;
        try
        {
            explained = await tx.RunAsync([new CypherStatement("EXPLAIN " + query, parameters) { IncludeStats = true }], cancellationToken);
        }
        finally
        {
            await RollBackQuietlyAsync(tx);
        }
        var plan = explained[0].Plan
            ?? throw new ReadOnlyViolationException(ReadOnlyCheck.Plan, "unknown", "refused: the server returned no plan for EXPLAIN, so the query cannot be checked");
        CheckPlan(plan);
    }

    private async Task<CypherResult> RunRolledBackAsync(string query, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken)
    {
        // Not 'await using': the rollback below is the only one, and its failures are handled there.
        var tx = await client.BeginTransactionAsync(new TransactionOptions(ReadOnly: true), cancellationToken);
        try
        {
            var results = await tx.RunAsync([new CypherStatement(query, parameters) { IncludeStats = true }], cancellationToken);
            var result = results[0];
            if (result.Stats is { ContainsUpdates: true } stats)
                throw new ReadOnlyViolationException(ReadOnlyCheck.Updates, Describe(stats),
                    $"refused: the query made updates ({Describe(stats)}); they were rolled back");
            return result;
        }
        finally
        {
            // Always undone, whatever happened, and not cancellable: a timed-out query must still be rolled back.
            await RollBackQuietlyAsync(tx);
        }
    }

    private static async Task RollBackQuietlyAsync(ICypherTransaction tx)
    {
        try
        {
            await tx.RollbackAsync(CancellationToken.None);
        }
        catch (InvalidOperationException)
        {
            // Already closed by the server after an error: Neo4j rolled it back itself.
        }
        catch (Neo4jException)
        {
            // Expired or already gone (404), or the server is unreachable, in which case it rolls the transaction
            // back itself when its idle timeout passes. Nothing was committed either way,
            // and throwing here would hide the reason the query stopped.
        }
    }

    private static string Describe(CypherStats s)
    {
        var parts = new List<string>();
        void Add(long n, string what) { if (n > 0) parts.Add($"{n} {what}"); }
        Add(s.NodesCreated, "nodes created");
        Add(s.NodesDeleted, "nodes deleted");
        Add(s.RelationshipsCreated, "relationships created");
        Add(s.RelationshipsDeleted, "relationships deleted");
        Add(s.PropertiesSet, "properties set");
        Add(s.LabelsAdded, "labels added");
        Add(s.LabelsRemoved, "labels removed");
        Add(s.IndexesAdded, "indexes added");
        Add(s.IndexesRemoved, "indexes removed");
        Add(s.ConstraintsAdded, "constraints added");
        Add(s.ConstraintsRemoved, "constraints removed");
        return parts.Count == 0 ? "updates" : string.Join(", ", parts);
    }
}
