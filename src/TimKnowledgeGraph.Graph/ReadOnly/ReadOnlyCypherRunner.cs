using System.Diagnostics;
using TimKnowledgeGraph.Graph.Queries;
using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Graph.ReadOnly;

/// <summary>
/// Runs user-written Cypher without letting it change the database. Neo4j 3.1 has no read access mode, so three
/// independent guards are stacked, each enough on its own for the common cases:
/// <list type="number">
/// <item>the text (<see cref="ReadOnlyText"/>): the query is split into tokens by a real lexer and write clauses, schema
/// and admin commands, PROFILE, periodic commits, several statements, CALLs of procedures off the allow-list and plugin
/// functions are refused before anything is sent;</item>
/// <item>the plan (<see cref="ReadOnlyPlan"/>): <c>EXPLAIN &lt;query&gt;</c> is run and every operator must be a known read
/// operator, and every procedure the plan calls must be on the allow-list (the refusal names the operator or procedure);</item>
/// <item>the run: the query runs in an explicit transaction opened with <see cref="TransactionOptions.ReadOnly"/> (the
/// <c>access-mode: READ</c> header on 4.4.4+) that is ALWAYS rolled back, and a result whose stats report updates is refused.</item>
/// </list>
/// Rows are streamed and reading stops once the row limit is passed (<see cref="ICypherTransaction.RunLimitedAsync"/>), so a
/// query returning millions of rows costs the host a few buffers; the transaction is then rolled back, which stops the server.
/// The user's text is never combined with other Cypher except for the <c>EXPLAIN </c> prefix; parameters travel as parameters.
/// </summary>
/// <remarks>
/// A time limit cannot stop every query inside Neo4j 3.1: rolling its transaction back stops one that reads the graph at
/// its next read, but one that only computes (<c>RETURN reduce(s = 0, x IN range(1, 500000000) | s + x)</c>) runs to its
/// end, a core's worth of work for a minute or more, whatever the client does. Ten such requests at once took Neo4j and
/// the host down for two minutes. So at most <see cref="MaxConcurrentQueries"/> raw queries run at once, and a query
/// keeps its place until Neo4j has finished with it (its request is left open after the caller's limit, however long
/// Neo4j takes: <see cref="CypherStatement.WaitForAnswer"/>); a query that finds no free place within
/// <see cref="MaxWaitForPlace"/> is refused as busy. A query that computes for hours holds its place for hours (raw
/// queries answer 503 meanwhile, everything else goes on); the alternative, freeing it, let such queries pile up in Neo4j.
/// </remarks>
public sealed class ReadOnlyCypherRunner(ICypherClient client)
{
    /// <summary>Raw queries running in Neo4j at once, from this process (the local server has two cores).</summary>
    public const int MaxConcurrentQueries = 2;

    /// <summary>How long a query waits for a place before it is refused (<see cref="CypherBusyException"/>).</summary>
    public static readonly TimeSpan MaxWaitForPlace = TimeSpan.FromSeconds(10);

    private readonly QueryPlaces _places = new(MaxConcurrentQueries, MaxWaitForPlace);

    /// <summary>Checks and runs <paramref name="query"/>, returning at most <see cref="ReadOnlyQueryOptions.MaxRows"/> rows.</summary>
    /// <exception cref="ReadOnlyViolationException">The query could write; nothing was changed.</exception>
    /// <exception cref="CypherQueryTimeoutException">The time limit passed; the transaction was rolled back.</exception>
    /// <exception cref="CypherBusyException">Every place for raw queries stayed taken; nothing was sent.</exception>
    /// <exception cref="Neo4jClientException">Neo4j rejected the query (syntax, types, parameters).</exception>
    public async Task<ReadOnlyQueryResult> RunAsync(
        string query,
        IReadOnlyDictionary<string, object?>? parameters = null,
        ReadOnlyQueryOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        options ??= new ReadOnlyQueryOptions();
        if (!ReadOnlyQueryOptions.IsAllowedMaxRows(options.MaxRows))
            throw new ArgumentOutOfRangeException(nameof(options), $"MaxRows must be between 0 and {ReadOnlyQueryOptions.MaxRowsCeiling}");
        if (!ReadOnlyQueryOptions.IsAllowedTimeout(options.EffectiveTimeout.TotalSeconds))
            throw new ArgumentOutOfRangeException(nameof(options),
                $"Timeout must be between {ReadOnlyQueryOptions.MinTimeoutSeconds} and {ReadOnlyQueryOptions.MaxTimeoutSeconds} s");

        CheckText(query);
        var stopwatch = Stopwatch.StartNew();
        var limit = options.EffectiveTimeout;
        if (!await _places.TryTakeAsync(limit, cancellationToken).ConfigureAwait(false))
            throw new CypherBusyException(MaxConcurrentQueries);

        // Signalled at the time limit or when the caller leaves: rolls the transaction back, which stops a query that
        // reads the graph. The requests themselves run until Neo4j answers, so the place is held as long as Neo4j
        // works on the query.
        var stop = new CancellationTokenSource();
        var work = RunCheckedAsync(query, parameters, options, stop.Token);
        try
        {
            var page = await work.WaitAsync(limit - stopwatch.Elapsed is var left && left > TimeSpan.Zero ? left : TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
            return new ReadOnlyQueryResult(page.Columns, page.Rows, page.Truncated, options.MaxRows, stopwatch.Elapsed,
                options.IncludeGraph ? page.Graph ?? CypherGraph.Empty : null);
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException && !work.IsCompleted)
        {
            await stop.CancelAsync().ConfigureAwait(false);
            if (e is TimeoutException) throw new CypherQueryTimeoutException(limit, MaxConcurrentQueries);
            throw;
        }
        finally
        {
            // What the late end of a query says is nobody's: the caller has its answer or its time-out already.
            _places.FreeWhenDone(work, stop.Dispose);
        }
    }

    // The plan check and the run, in requests that outlast the caller's limit; `stop` rolls back whichever transaction
    // is open when the limit passes.
    private async Task<CypherRowPage> RunCheckedAsync(string query, IReadOnlyDictionary<string, object?>? parameters, ReadOnlyQueryOptions options, CancellationToken stop)
    {
        await CheckPlanAsync(query, parameters, CancellationToken.None, stop).ConfigureAwait(false);
        stop.ThrowIfCancellationRequested();
        return await RunRolledBackAsync(query, parameters, new CypherRowLimit(options.MaxRows), options.IncludeGraph, stop).ConfigureAwait(false);
    }

    /// <summary>The checks that need no server: the query's tokens (<see cref="ReadOnlyText"/>).</summary>
    public static void CheckText(string query)
    {
        if (ReadOnlyText.Check(query) is { } refusal) throw refusal.ToException();
    }

    /// <summary>Refuses a plan with an operator that is not a known read, or a call of a procedure off the allow-list.</summary>
    public static void CheckPlan(CypherPlan plan)
    {
        if (ReadOnlyPlan.Check(plan) is { } refusal) throw refusal.ToException();
    }

    /// <summary>
    /// The plan guard on its own: EXPLAINs <paramref name="query"/> in a transaction that is rolled back and checks the
    /// plan (<see cref="CheckPlan"/>). <see cref="RunAsync"/> runs it after the text check; it is public so that it can be
    /// exercised without the text check in front of it.
    /// </summary>
    public Task CheckPlanAsync(string query, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken = default) =>
        CheckPlanAsync(query, parameters, cancellationToken, CancellationToken.None);

    private async Task CheckPlanAsync(string query, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken, CancellationToken stop)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        // EXPLAIN plans without running; it is sent in a transaction of its own that is rolled back as well.
        var tx = await client.BeginTransactionAsync(new TransactionOptions(ReadOnly: true), cancellationToken).ConfigureAwait(false);
        IReadOnlyList<CypherResult> explained;
        try
        {
            await using var rollBackAtStop = stop.Register(() => _ = RollBackQuietlyAsync(tx)).ConfigureAwait(false);
            explained = await tx.RunAsync([new CypherStatement(ExplainPositions.Prefix + query, parameters) { IncludeStats = true }], cancellationToken).ConfigureAwait(false);
        }
        catch (CypherSyntaxException e)
        {
            // Syntax and type errors: their positions count the EXPLAIN in front of the user's text.
            throw new CypherSyntaxException(e.Code, ExplainPositions.Correct(e.Message));
        }
        finally
        {
            await RollBackQuietlyAsync(tx).ConfigureAwait(false);
        }
        var plan = explained.FirstOrDefault()?.Plan
            ?? throw new ReadOnlyViolationException(ReadOnlyCheck.Plan, "unknown", "refused: the server returned no plan for EXPLAIN, so the query cannot be checked");
        CheckPlan(plan);
    }

    // Its requests are never cancelled: they run until Neo4j answers (the place stays taken meanwhile); `stop` rolls back.
    private async Task<CypherRowPage> RunRolledBackAsync(string query, IReadOnlyDictionary<string, object?>? parameters, CypherRowLimit limit,
        bool includeGraph, CancellationToken stop)
    {
        // Not 'await using': the rollback below is the only one, and its failures are handled there.
        var tx = await client.BeginTransactionAsync(new TransactionOptions(ReadOnly: true), CancellationToken.None).ConfigureAwait(false);
        try
        {
            // Rolling back a transaction whose statement is running stops the statement at its next read of the graph.
            await using var rollBackAtStop = stop.Register(() => _ = RollBackQuietlyAsync(tx)).ConfigureAwait(false);
            var statement = new CypherStatement(query, parameters) { IncludeStats = true, IncludeGraph = includeGraph, WaitForAnswer = true };
            var page = await tx.RunLimitedAsync(statement, limit, CancellationToken.None).ConfigureAwait(false);
            // A cut answer has no stats (Neo4j writes them after the last row); the text and plan checks have passed and
            // the rollback below undoes any transactional write anyway.
            if (page.Stats is { ContainsUpdates: true } stats)
                throw new ReadOnlyViolationException(ReadOnlyCheck.Updates, Describe(stats),
                    $"refused: the query made updates ({Describe(stats)}); they were rolled back");
            return page;
        }
        finally
        {
            // Always undone, whatever happened, and not cancellable: a timed-out or cut query must still be rolled back,
            // which also stops the server working on the rows nobody will read.
            await RollBackQuietlyAsync(tx).ConfigureAwait(false);
        }
    }

    private static async Task RollBackQuietlyAsync(ICypherTransaction tx)
    {
        try
        {
            await tx.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
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
