using System.Net;
using Microsoft.Extensions.Logging;
using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Tests.Cypher;

public class RetryTests
{
    private const string Commit = "/db/data/transaction/commit";

    private static FakeNeo4jHandler Server(params string[] commitBodies) =>
        new FakeNeo4jHandler().WithServer31().On(HttpMethod.Post, Commit, [RealResponses.Components31, .. commitBodies]);

    private static int StatementPosts(FakeNeo4jHandler handler) =>
        handler.To(HttpMethod.Post, Commit).Count(r => r.Body!.Contains("RETURN 1", StringComparison.Ordinal));

    [Fact]
    public async Task ShouldRetryTransientErrorsUntilTheTransactionSucceeds()
    {
        var handler = Server(RealResponses.Deadlock, RealResponses.Deadlock, RealResponses.ReturnOne);
        var client = ClientFactory.Create(handler, ClientFactory.Settings(maxRetries: 3));

        var results = await client.RunAsync([new CypherStatement("RETURN 1 AS x")], TestContext.Current.CancellationToken);

        Assert.Equal(1L, results[0].Rows[0][0]);
        Assert.Equal(3, StatementPosts(handler));
    }

    // A command prints warnings without -v: `timkg import` printed a line per retried deadlock. The retries are progress
    // (the verbose log); a final failure reaches the caller as its exception.
    [Fact]
    public async Task ShouldLogRetriesBelowWarningSoACommandShowsThemOnlyWithVerbose()
    {
        var log = new TimKnowledgeGraph.Tests.Host.RecordingLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(log).SetMinimumLevel(LogLevel.Trace));
        var handler = Server(RealResponses.Deadlock, RealResponses.ReturnOne);
        var client = new HttpCypherClient(new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan }, ClientFactory.Settings(maxRetries: 3),
            factory.CreateLogger<HttpCypherClient>());

        await client.RunAsync([new CypherStatement("RETURN 1 AS x")], TestContext.Current.CancellationToken);

        var retry = Assert.Single(log.Messages, m => m.Contains("retry 1 of 3", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Information, log.Levels[log.Messages.IndexOf(retry)]);
    }

    [Fact]
    public async Task ShouldGiveUpAfterMaxRetriesWithTheTransientError()
    {
        var handler = Server(RealResponses.Deadlock);
        var client = ClientFactory.Create(handler, ClientFactory.Settings(maxRetries: 2));

        var ex = await Assert.ThrowsAsync<Neo4jTransientException>(() => client.RunAsync([new CypherStatement("RETURN 1 AS x")], TestContext.Current.CancellationToken));

        Assert.Equal("Neo.TransientError.Transaction.DeadlockDetected", ex.Code);
        Assert.Equal(3, StatementPosts(handler));
    }

    [Fact]
    public async Task ShouldNotRetrySyntaxErrors()
    {
        var handler = Server(RealResponses.SyntaxError, RealResponses.ReturnOne);
        var client = ClientFactory.Create(handler);

        var ex = await Assert.ThrowsAsync<CypherSyntaxException>(() => client.RunAsync([new CypherStatement("RETURN 1 AS x")], TestContext.Current.CancellationToken));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", ex.Code);
        Assert.Equal(1, StatementPosts(handler));
    }

    [Fact]
    public async Task ShouldNotRetryConstraintViolations()
    {
        var handler = Server(RealResponses.ConstraintViolation, RealResponses.ReturnOne);
        var client = ClientFactory.Create(handler);

        await Assert.ThrowsAsync<ConstraintViolationException>(() => client.RunAsync([new CypherStatement("RETURN 1 AS x")], TestContext.Current.CancellationToken));

        Assert.Equal(1, StatementPosts(handler));
    }

    [Fact]
    public async Task ShouldNotRetryATerminatedTransaction()
    {
        const string terminated = """{"results":[],"errors":[{"code":"Neo.TransientError.Transaction.Terminated","message":"The transaction has been terminated."}]}""";
        var handler = Server(terminated, RealResponses.ReturnOne);
        var client = ClientFactory.Create(handler);

        var ex = await Assert.ThrowsAsync<Neo4jClientException>(() => client.RunAsync([new CypherStatement("RETURN 1 AS x")], TestContext.Current.CancellationToken));

        Assert.Equal("Neo.TransientError.Transaction.Terminated", ex.Code);
        Assert.Equal(1, StatementPosts(handler));
    }

    [Fact]
    public async Task ShouldRetryDroppedConnections()
    {
        var handler = new FakeNeo4jHandler().WithServer31().On(HttpMethod.Post, Commit,
            () => FakeNeo4jHandler.Json(HttpStatusCode.OK, RealResponses.Components31),
            () => throw new HttpRequestException("Connection reset by peer"),
            () => FakeNeo4jHandler.Json(HttpStatusCode.OK, RealResponses.ReturnOne));
        var client = ClientFactory.Create(handler);

        var results = await client.RunAsync([new CypherStatement("RETURN 1 AS x")], TestContext.Current.CancellationToken);

        Assert.Equal(1L, results[0].Rows[0][0]);
        Assert.Equal(2, StatementPosts(handler));
    }

    [Fact]
    public async Task ShouldNotRetryWhenTheCallerCancels()
    {
        using var cts = new CancellationTokenSource();
        var handler = new FakeNeo4jHandler().WithServer31().On(HttpMethod.Post, Commit,
            () => FakeNeo4jHandler.Json(HttpStatusCode.OK, RealResponses.Components31),
            () =>
            {
                cts.Cancel();
                throw new TaskCanceledException("cancelled by the caller", null, cts.Token);
            },
            () => FakeNeo4jHandler.Json(HttpStatusCode.OK, RealResponses.ReturnOne));
        var client = ClientFactory.Create(handler);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.RunAsync([new CypherStatement("RETURN 1 AS x")], cts.Token));

        Assert.Equal(1, StatementPosts(handler));
    }

    [Fact]
    public async Task ShouldNotStartWhenAlreadyCancelled()
    {
        var handler = Server(RealResponses.ReturnOne);
        var client = ClientFactory.Create(handler);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.RunAsync([new CypherStatement("RETURN 1 AS x")], new CancellationToken(true)));

        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task ShouldTreatARequestTimeoutAsUnavailableNotAsCancellation()
    {
        var handler = new FakeNeo4jHandler().WithServer31().On(HttpMethod.Post, Commit,
            () => FakeNeo4jHandler.Json(HttpStatusCode.OK, RealResponses.Components31),
            () => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new NeverEndingStream()) });
        var settings = ClientFactory.Settings(maxRetries: 0) with { RequestTimeout = TimeSpan.FromMilliseconds(200) };
        var client = ClientFactory.Create(handler, settings);

        var ex = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => client.RunAsync([new CypherStatement("RETURN 1 AS x")], TestContext.Current.CancellationToken));

        Assert.IsType<TimeoutException>(ex.InnerException);
        Assert.True(ex.IsRetriable);
    }

    /// <summary>A body that never arrives: reads wait until cancelled, like a server that stopped answering mid-response.</summary>
    private sealed class NeverEndingStream : MemoryStream
    {
        // Not seekable, so the response has no Content-Length, like a real body still streaming (an empty seekable
        // stream would announce Content-Length: 0, an empty answer).
        public override bool CanSeek => false;

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return 0;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    }
}
