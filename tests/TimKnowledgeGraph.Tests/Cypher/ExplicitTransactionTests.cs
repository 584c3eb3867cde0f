using System.Net;
using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Tests.Cypher;

public class ExplicitTransactionTests
{
    private const string Tx = "/db/data/transaction/8";

    private static FakeNeo4jHandler Server31(params string[] txBodies) => new FakeNeo4jHandler()
        .WithServer31()
        .On(HttpMethod.Post, "/db/data/transaction/commit", RealResponses.Components31)
        .On(HttpMethod.Post, "/db/data/transaction",
            () => FakeNeo4jHandler.Json(HttpStatusCode.Created, RealResponses.Begin, "http://127.0.0.1:17474" + Tx))
        .On(HttpMethod.Post, Tx, txBodies.Length == 0 ? [RealResponses.Empty] : txBodies)
        .On(HttpMethod.Post, Tx + "/commit", RealResponses.Empty)
        .On(HttpMethod.Delete, Tx, RealResponses.Empty);

    [Fact]
    public async Task ShouldRunStatementsAtTheUrlFromTheLocationHeader()
    {
        var handler = Server31(RealResponses.CreateInTransaction);
        var client = ClientFactory.Create(handler);

        await using var tx = await client.BeginTransactionAsync(cancellationToken: TestContext.Current.CancellationToken);
        var results = await tx.RunAsync([new CypherStatement("CREATE (n:TkgTmp {tkgTest:true, id:1}) RETURN n")], TestContext.Current.CancellationToken);

        Assert.Equal(1, results[0].Stats!.NodesCreated);
        var begin = Assert.Single(handler.To(HttpMethod.Post, "/db/data/transaction"));
        Assert.Equal("""{"statements":[]}""", begin.Body);
        Assert.Single(handler.To(HttpMethod.Post, Tx));
    }

    [Fact]
    public async Task ShouldCommitAtTheCommitUrlAndNotRollBackAfterwards()
    {
        var handler = Server31();
        var client = ClientFactory.Create(handler);

        await using (var tx = await client.BeginTransactionAsync(cancellationToken: TestContext.Current.CancellationToken))
        {
            await tx.CommitAsync(TestContext.Current.CancellationToken);
        }

        Assert.Single(handler.To(HttpMethod.Post, Tx + "/commit"));
        Assert.Empty(handler.To(HttpMethod.Delete, Tx));
    }

    [Fact]
    public async Task ShouldRollBackWithDelete()
    {
        var handler = Server31();
        var client = ClientFactory.Create(handler);

        await using var tx = await client.BeginTransactionAsync(cancellationToken: TestContext.Current.CancellationToken);
        await tx.RollbackAsync(TestContext.Current.CancellationToken);

        Assert.Single(handler.To(HttpMethod.Delete, Tx));
    }

    [Fact]
    public async Task ShouldAcceptAnEmptyRollbackAnswerAsNeo4j31GivesWhileAQueryStillRuns()
    {
        var handler = new FakeNeo4jHandler()
            .WithServer31()
            .On(HttpMethod.Post, "/db/data/transaction/commit", RealResponses.Components31)
            .On(HttpMethod.Post, "/db/data/transaction",
                () => FakeNeo4jHandler.Json(HttpStatusCode.Created, RealResponses.Begin, "http://127.0.0.1:17474" + Tx))
            .On(HttpMethod.Delete, Tx, () => new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent([]) });
        var client = ClientFactory.Create(handler);

        await using var tx = await client.BeginTransactionAsync(cancellationToken: TestContext.Current.CancellationToken);
        await tx.RollbackAsync(TestContext.Current.CancellationToken);

        Assert.Single(handler.To(HttpMethod.Delete, Tx));
    }

    [Fact]
    public async Task ShouldRollBackWhenDisposedUncommitted()
    {
        var handler = Server31();
        var client = ClientFactory.Create(handler);

        await using (await client.BeginTransactionAsync(cancellationToken: TestContext.Current.CancellationToken))
        {
        }

        Assert.Single(handler.To(HttpMethod.Delete, Tx));
    }

    [Fact]
    public async Task ShouldKeepAliveWithAnEmptyStatementList()
    {
        var handler = Server31();
        var client = ClientFactory.Create(handler);

        await using var tx = await client.BeginTransactionAsync(cancellationToken: TestContext.Current.CancellationToken);
        await tx.KeepAliveAsync(TestContext.Current.CancellationToken);

        Assert.Equal("""{"statements":[]}""", Assert.Single(handler.To(HttpMethod.Post, Tx)).Body);
    }

    [Fact]
    public async Task ShouldCloseTheTransactionWhenAStatementFails()
    {
        var handler = Server31(RealResponses.SyntaxError);
        var client = ClientFactory.Create(handler);

        await using (var tx = await client.BeginTransactionAsync(cancellationToken: TestContext.Current.CancellationToken))
        {
            await Assert.ThrowsAsync<CypherSyntaxException>(() => tx.RunAsync([new CypherStatement("RETUR 1")], TestContext.Current.CancellationToken));
            var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => tx.RunAsync([new CypherStatement("RETURN 1")], TestContext.Current.CancellationToken));
            Assert.Contains("Neo.ClientError.Statement.SyntaxError", ex.Message, StringComparison.Ordinal);
        }

        // Neo4j already rolled it back: no second request, no DELETE.
        Assert.Single(handler.To(HttpMethod.Post, Tx));
        Assert.Empty(handler.To(HttpMethod.Delete, Tx));
    }

    [Fact]
    public async Task ShouldReportAnExpiredTransaction()
    {
        var handler = Server31().On(HttpMethod.Post, Tx, () => FakeNeo4jHandler.Json(HttpStatusCode.NotFound, RealResponses.TransactionNotFound));
        var client = ClientFactory.Create(handler);

        await using var tx = await client.BeginTransactionAsync(cancellationToken: TestContext.Current.CancellationToken);

        var ex = await Assert.ThrowsAsync<TransactionNotFoundException>(() => tx.RunAsync([new CypherStatement("RETURN 1")], TestContext.Current.CancellationToken));
        Assert.Equal("Neo.ClientError.Transaction.TransactionNotFound", ex.Code);
    }

    [Fact]
    public async Task ShouldReadA404WithoutBodyOnATransactionAsNotFound()
    {
        var handler = Server31().On(HttpMethod.Post, Tx, () => new HttpResponseMessage(HttpStatusCode.NotFound));
        var client = ClientFactory.Create(handler);

        await using var tx = await client.BeginTransactionAsync(cancellationToken: TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<TransactionNotFoundException>(() => tx.KeepAliveAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ShouldSwallowAnAlreadyGoneTransactionOnDispose()
    {
        var handler = new FakeNeo4jHandler()
            .WithServer31()
            .On(HttpMethod.Post, "/db/data/transaction/commit", RealResponses.Components31)
            .On(HttpMethod.Post, "/db/data/transaction",
                () => FakeNeo4jHandler.Json(HttpStatusCode.Created, RealResponses.Begin, "http://127.0.0.1:17474" + Tx))
            .On(HttpMethod.Delete, Tx, () => FakeNeo4jHandler.Json(HttpStatusCode.NotFound, RealResponses.TransactionNotFound));
        var client = ClientFactory.Create(handler);

        var tx = await client.BeginTransactionAsync(cancellationToken: TestContext.Current.CancellationToken);
        await tx.DisposeAsync();

        Assert.Single(handler.To(HttpMethod.Delete, Tx));
    }

    [Fact]
    public async Task ShouldNotCommitTwice()
    {
        var client = ClientFactory.Create(Server31());

        await using var tx = await client.BeginTransactionAsync(cancellationToken: TestContext.Current.CancellationToken);
        await tx.CommitAsync(TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<InvalidOperationException>(() => tx.CommitAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ShouldAskForReadAccessModeOnServersThatSupportIt()
    {
        var handler = new FakeNeo4jHandler()
            .On(HttpMethod.Get, "/", RealResponses.Root5)
            .On(HttpMethod.Post, "/db/neo4j/tx/commit", RealResponses.Components5)
            .On(HttpMethod.Post, "/db/neo4j/tx",
                () => FakeNeo4jHandler.Json(HttpStatusCode.Created, """{"results":[],"errors":[],"commit":"http://localhost:7474/db/neo4j/tx/2/commit"}""", "http://localhost:7474/db/neo4j/tx/2"))
            .On(HttpMethod.Post, "/db/neo4j/tx/2", RealResponses.ReturnOne)
            .On(HttpMethod.Delete, "/db/neo4j/tx/2", RealResponses.Empty);
        var client = ClientFactory.Create(handler, ClientFactory.Settings() with { ServerUri = new Uri("http://localhost:7474/") });

        await using (var tx = await client.BeginTransactionAsync(new TransactionOptions(ReadOnly: true), TestContext.Current.CancellationToken))
        {
            await tx.RunAsync([new CypherStatement("RETURN 1 AS x")], TestContext.Current.CancellationToken);
        }

        Assert.Equal("READ", Assert.Single(handler.To(HttpMethod.Post, "/db/neo4j/tx")).Header("access-mode"));
        Assert.Equal("READ", Assert.Single(handler.To(HttpMethod.Post, "/db/neo4j/tx/2")).Header("access-mode"));
    }

    [Fact]
    public async Task ShouldNotSendAccessModeToA3xServer()
    {
        var handler = Server31();
        var client = ClientFactory.Create(handler);

        await using var tx = await client.BeginTransactionAsync(new TransactionOptions(ReadOnly: true), TestContext.Current.CancellationToken);

        Assert.Null(Assert.Single(handler.To(HttpMethod.Post, "/db/data/transaction")).Header("access-mode"));
    }
}
