using TimKnowledgeGraph.Graph.Import;
using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Tests.Loading;

/// <summary>
/// Holds the import's description write back (and fails it, if asked) and notes whether an actor batch was sent
/// before it was done: the importer reads actors.csv meanwhile and must wait for it to send anything.
/// </summary>
public sealed class DescriptionGateClient(ICypherClient inner, TimeSpan hold, bool fail) : DelegatingCypherClient(inner)
{
    private volatile bool _descriptionDone;
    private int _actorBatches, _actorBatchesBeforeDescription;

    public int ActorBatchesBeforeDescription => _actorBatchesBeforeDescription;

    public int ActorBatches => _actorBatches;

    public override async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken = default)
    {
        if (statements.Any(s => s.Text == ImportStatements.Dataset))
        {
            await Task.Delay(hold, cancellationToken);
            try
            {
                if (fail) throw new Neo4jException("Neo.ClientError.Statement.SemanticError", "description refused (test)");
                return await Inner.RunAsync(statements, cancellationToken);
            }
            finally { _descriptionDone = true; }
        }
        if (statements.Any(s => s.Text == ImportStatements.CreateActors))
        {
            Interlocked.Increment(ref _actorBatches);
            if (!_descriptionDone) Interlocked.Increment(ref _actorBatchesBeforeDescription);
        }
        return await Inner.RunAsync(statements, cancellationToken);
    }
}
