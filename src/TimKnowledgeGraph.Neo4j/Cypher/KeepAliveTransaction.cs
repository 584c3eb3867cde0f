using Microsoft.Extensions.Logging;

namespace TimKnowledgeGraph.Neo4j.Cypher;

/// <summary>
/// A write transaction that stays alive while its owner works between statements, and says so when Neo4j keeps it
/// waiting. Neo4j rolls back an HTTP transaction that is idle longer than its idle timeout (a few seconds on the
/// local server, so a killed client's locks go quickly); this wrapper posts an empty keep-alive every
/// <c>interval</c> while no statement is in flight. When a statement has not answered after
/// <see cref="SlowAfter"/>, it says once what it may be waiting for: a lock held by another transaction, and for how
/// long at most (<c>lockWaitBound</c>: the server's idle timeout, after which a dead client's transaction and its
/// locks are gone). Neo4j 3.1 Community cannot tell a lock wait from a long statement (no lock or transaction
/// listing: dbms.listTransactions and the Locking JMX bean are 3.4+ or Enterprise), so the line names both.
/// </summary>
internal sealed partial class KeepAliveTransaction : ICypherTransaction
{
    /// <summary>How long a statement may take before the wait is reported.</summary>
    public static readonly TimeSpan SlowAfter = TimeSpan.FromSeconds(2);

    private readonly ICypherTransaction _inner;
    private readonly TimeSpan? _lockWaitBound;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _busy = new(1, 1);
    private readonly CancellationTokenSource _closing = new();
    private readonly Task _keepAlive;

    /// <summary>Wraps <paramref name="inner"/> and starts its keep-alives.</summary>
    public KeepAliveTransaction(ICypherTransaction inner, TimeSpan interval, TimeSpan? lockWaitBound, ILogger logger)
    {
        _inner = inner;
        _lockWaitBound = lockWaitBound;
        _logger = logger;
        _keepAlive = KeepAliveLoopAsync(interval, _closing.Token);
    }

    /// <summary>Keep-alives sent so far (tests check that they are).</summary>
    public int KeepAlivesSent { get; private set; }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken = default)
    {
        await _busy.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var run = _inner.RunAsync(statements, cancellationToken);
            if (await Task.WhenAny(run, Task.Delay(SlowAfter, cancellationToken)).ConfigureAwait(false) != run)
            {
                var bound = _lockWaitBound is { } b ? $"{Math.Ceiling(b.TotalSeconds)} s" : "the server's transaction idle timeout";
                LogWaiting(_logger, SlowAfter.TotalSeconds, bound);
            }

            return await run.ConfigureAwait(false);
        }
        finally
        {
            _busy.Release();
        }
    }

    /// <inheritdoc />
    public Task KeepAliveAsync(CancellationToken cancellationToken = default) => UnderLockAsync(() => _inner.KeepAliveAsync(cancellationToken), cancellationToken);

    /// <inheritdoc />
    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        await StopKeepAliveAsync().ConfigureAwait(false);
        await _inner.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        await StopKeepAliveAsync().ConfigureAwait(false);
        await _inner.RollbackAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopKeepAliveAsync().ConfigureAwait(false);
        await _inner.DisposeAsync().ConfigureAwait(false);
        _closing.Dispose();
        _busy.Dispose();
    }

    private async Task StopKeepAliveAsync()
    {
        if (!_closing.IsCancellationRequested) await _closing.CancelAsync().ConfigureAwait(false);
        await _keepAlive.ConfigureAwait(false);
    }

    private async Task UnderLockAsync(Func<Task> action, CancellationToken cancellationToken)
    {
        await _busy.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await action().ConfigureAwait(false);
        }
        finally
        {
            _busy.Release();
        }
    }

    private async Task KeepAliveLoopAsync(TimeSpan interval, CancellationToken closing)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(closing).ConfigureAwait(false))
            {
                // A statement in flight keeps the transaction busy (not idle) by itself; never send alongside it.
                if (!await _busy.WaitAsync(0, CancellationToken.None).ConfigureAwait(false)) continue;
                try
                {
                    await _inner.KeepAliveAsync(closing).ConfigureAwait(false);
                    KeepAlivesSent++;
                }
                finally
                {
                    _busy.Release();
                }
            }
        }
        catch (OperationCanceledException) when (closing.IsCancellationRequested)
        {
            // committed, rolled back or disposed
        }
        catch (Exception e) when (e is Neo4jException or InvalidOperationException)
        {
            // The transaction is gone (rolled back after an error, or expired): the owner's next call reports it.
            LogKeepAliveStopped(_logger, e.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Still waiting for Neo4j after {Seconds} s: waiting for a lock held by another transaction (up to {Bound}: a transaction whose client died is rolled back by then), or a long statement")]
    private static partial void LogWaiting(ILogger logger, double seconds, string bound);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Transaction keep-alives stopped: {Reason}")]
    private static partial void LogKeepAliveStopped(ILogger logger, string reason);
}
