using TimKnowledgeGraph.Neo4j.Cypher.Http;

namespace TimKnowledgeGraph.Neo4j.Cypher;

/// <summary>
/// An explicit transaction of the HTTP API, addressed by the URL Neo4j returned when it was opened.
/// Not thread-safe: one caller drives a transaction at a time.
/// </summary>
internal sealed class HttpCypherTransaction(CypherHttpChannel channel, Uri transactionUrl, Uri commitUrl, bool readOnly) : ICypherTransaction
{
    private enum State { Open, Committed, RolledBack, ClosedByServer }

    private State _state = State.Open;
    private string? _closedBecause;

    /// <summary>The server's URL for this transaction.</summary>
    public Uri Url => transactionUrl;

    public async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statements);
        var reply = await PostAsync(transactionUrl, TransactionRequest.Write(statements), cancellationToken).ConfigureAwait(false);
        return reply.Body.Results.Select(r => r.ToResult()).ToList();
    }

    /// <summary>Streams the statement's answer and stops reading at <paramref name="limit"/> (see <see cref="ICypherTransaction.RunLimitedAsync"/>).</summary>
    public async Task<CypherRowPage> RunLimitedAsync(CypherStatement statement, CypherRowLimit limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(limit);
        EnsureOpen();
        try
        {
            return await channel.PostStatementLimitedAsync(transactionUrl, TransactionRequest.Write([statement]), RequestKind.OpenTransaction,
                readOnly, limit, statement.IncludeGraph, statement.WaitForAnswer, cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jException ex) when (ex is not (Neo4jUnavailableException or CypherResultTooLargeException))
        {
            _state = State.ClosedByServer;
            _closedBecause = $"{ex.Code}: {ex.Message}";
            throw;
        }
    }

    public Task KeepAliveAsync(CancellationToken cancellationToken = default) =>
        PostAsync(transactionUrl, TransactionRequest.Empty, cancellationToken);

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        await PostAsync(commitUrl, TransactionRequest.Empty, cancellationToken).ConfigureAwait(false);
        _state = State.Committed;
    }

    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        // The server already rolled back after a failed statement; rolling back again is what the caller wants anyway.
        if (_state is State.RolledBack or State.ClosedByServer) return;
        EnsureOpen();
        try
        {
            await channel.SendAsync<TransactionResponse>(HttpMethod.Delete, transactionUrl, null, RequestKind.OpenTransaction, readOnly, cancellationToken)
                .ConfigureAwait(false);
            _state = State.RolledBack;
        }
        catch (TransactionNotFoundException)
        {
            _state = State.ClosedByServer;
            throw;
        }
    }

    /// <summary>Rolls back an uncommitted transaction.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_state != State.Open) return;
        try
        {
            await RollbackAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (TransactionNotFoundException)
        {
            // Already gone (expired, or rolled back by the server): nothing left to undo.
        }
        catch (Neo4jUnavailableException ex)
        {
            // Throwing here would hide the exception that made the caller leave the using block; the server
            // rolls the transaction back itself when its idle timeout passes.
            CypherLog.DisposeRollbackFailed(channel.Logger, channel.Settings.ServerUri, transactionUrl, ex.Message);
        }
    }

    private async Task<HttpReply<TransactionResponse>> PostAsync(Uri url, byte[] body, CancellationToken cancellationToken)
    {
        EnsureOpen();
        try
        {
            return await channel.PostStatementsAsync(url, body, RequestKind.OpenTransaction, readOnly, cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jException ex) when (ex is not Neo4jUnavailableException)
        {
            // Neo4j rolls a transaction back on any error it reports. After a dropped connection the outcome is
            // unknown, so the transaction stays open and disposing it still tries a rollback.
            _state = State.ClosedByServer;
            _closedBecause = $"{ex.Code}: {ex.Message}";
            throw;
        }
    }

    private void EnsureOpen()
    {
        switch (_state)
        {
            case State.Committed:
                throw new InvalidOperationException($"Transaction {transactionUrl} is already committed.");
            case State.RolledBack:
                throw new InvalidOperationException($"Transaction {transactionUrl} is already rolled back.");
            case State.ClosedByServer:
                throw new InvalidOperationException($"Transaction {transactionUrl} was rolled back by Neo4j after an error ({_closedBecause}).");
        }
    }
}
