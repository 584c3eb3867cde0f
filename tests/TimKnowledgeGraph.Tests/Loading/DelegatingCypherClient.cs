using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Tests.Loading;

/// <summary>Passes everything to a real client; the test clients that inject trouble override what they change.</summary>
public abstract class DelegatingCypherClient(ICypherClient inner) : ICypherClient
{
    protected ICypherClient Inner { get; } = inner;

    public Uri ServerUri => Inner.ServerUri;

    public Task<ServerInfo> GetServerInfoAsync(CancellationToken cancellationToken = default) => Inner.GetServerInfoAsync(cancellationToken);

    public virtual Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken = default) =>
        Inner.RunAsync(statements, cancellationToken);

    public virtual Task<ICypherTransaction> BeginTransactionAsync(TransactionOptions? options = null, CancellationToken cancellationToken = default) =>
        Inner.BeginTransactionAsync(options, cancellationToken);
}
