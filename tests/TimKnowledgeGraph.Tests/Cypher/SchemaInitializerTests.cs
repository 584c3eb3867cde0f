using Microsoft.Extensions.Logging.Abstractions;
using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Neo4j.Schema;

namespace TimKnowledgeGraph.Tests.Cypher;

public class SchemaInitializerTests
{
    [Fact]
    public async Task ShouldRunEachSchemaStatementInItsOwnTransaction()
    {
        var client = new RecordingClient(new ServerInfo(new Version(3, 1, 1), "3.1.1", "community", new Uri("http://127.0.0.1:7474/db/data/transaction")));

        await new SchemaInitializer(NullLogger<SchemaInitializer>.Instance).EnsureAsync(client, TestContext.Current.CancellationToken);

        Assert.Equal(1 + GraphSchema.Labels.Count * 2 + 1, client.Calls.Count); // db.indexes(), then + the index on Actor.dataset
        Assert.All(client.Calls, call => Assert.Single(call));
        Assert.Equal("CREATE CONSTRAINT ON (n:Concept) ASSERT n.id IS UNIQUE", client.Calls[1][0].Text);
    }

    [Fact]
    public async Task ShouldNotCreateAgainWhatNeo4j3ListsAlready()
    {
        // A CREATE of something that exists still takes 3.x's exclusive schema lock, and waits behind every running read.
        var client = new RecordingClient(new ServerInfo(new Version(3, 1, 1), "3.1.1", "community", new Uri("http://127.0.0.1:7474/db/data/transaction")))
        {
            Indexes = ["INDEX ON :Concept(id)", "INDEX ON :Actor(dataset)"],
        };

        await new SchemaInitializer(NullLogger<SchemaInitializer>.Instance).EnsureAsync(client, TestContext.Current.CancellationToken);

        var sent = client.Calls.Skip(1).Select(c => c[0].Text).ToList();
        Assert.Equal(GraphSchema.Labels.Count * 2 - 1, sent.Count);
        Assert.DoesNotContain("CREATE CONSTRAINT ON (n:Concept) ASSERT n.id IS UNIQUE", sent);
        Assert.DoesNotContain("CREATE INDEX ON :Actor(dataset)", sent);
        Assert.Contains("CREATE CONSTRAINT ON (n:Actor) ASSERT n.id IS UNIQUE", sent);
    }

    [Fact]
    public async Task ShouldStopAtTheFirstFailingStatement()
    {
        var client = new RecordingClient(new ServerInfo(new Version(5, 26), "5.26.0", "community", new Uri("http://localhost:7474/db/neo4j/tx")))
        {
            Failure = new Neo4jClientException("Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists", "exists"),
        };

        await Assert.ThrowsAsync<Neo4jClientException>(() =>
            new SchemaInitializer(NullLogger<SchemaInitializer>.Instance).EnsureAsync(client, TestContext.Current.CancellationToken));

        Assert.Single(client.Calls);
    }

    private sealed class RecordingClient(ServerInfo server) : ICypherClient
    {
        public List<IReadOnlyList<CypherStatement>> Calls { get; } = [];

        public Exception? Failure { get; init; }

        public IReadOnlyList<string> Indexes { get; init; } = [];

        public Uri ServerUri => new("http://127.0.0.1:7474/");

        public Task<ServerInfo> GetServerInfoAsync(CancellationToken cancellationToken = default) => Task.FromResult(server);

        public Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken = default)
        {
            Calls.Add(statements);
            if (Failure is not null) throw Failure;
            if (statements[0].Text.StartsWith("CALL db.indexes()", StringComparison.Ordinal))
                return Task.FromResult<IReadOnlyList<CypherResult>>([new CypherResult(["description"], [.. Indexes.Select(i => (IReadOnlyList<object?>)[i])], null)]);
            return Task.FromResult<IReadOnlyList<CypherResult>>([new CypherResult([], [], null)]);
        }

        public Task<ICypherTransaction> BeginTransactionAsync(TransactionOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();
    }
}
