using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Graph.Loading.Sync;

namespace TimKnowledgeGraph.Graph.Analyses;

/// <summary>
/// Keeps written-back measures from describing data that is gone. An import replaces the properties of every actor,
/// participation and Dataset it writes (<c>SET x = {...}</c>), which removes their measures; a content load writes only
/// what changed, so when it changes the network side of content (actors, layers, datasets, ties, regions of actors) it
/// removes the measures of every content dataset that has some, in its own transaction, and marks them
/// <c>measuresState: 'stale'</c>. <see cref="MeasureRefresher"/> then recomputes and writes them again.
/// </summary>
internal static class MeasureFreshness
{
    private static readonly HashSet<string> NetworkLabels = new(StringComparer.Ordinal) { "Actor", "Network", "Dataset" };
    private static readonly HashSet<string> NetworkTypes = new(StringComparer.Ordinal) { "TIE", "LOCATED_IN", "PARTICIPATES_IN", "CONTAINS" };

    private static readonly string[] OnActors =
    [
        MeasureProperties.Degree, MeasureProperties.MultiplexDegree, MeasureProperties.Participation, MeasureProperties.Betweenness,
        MeasureProperties.EffectiveSize, MeasureProperties.Constraint, MeasureProperties.Coordinator, MeasureProperties.Itinerant,
        MeasureProperties.Representative, MeasureProperties.Gatekeeper, MeasureProperties.Liaison, MeasureProperties.Brokerage,
        MeasureProperties.InDegree, MeasureProperties.OutDegree,
    ];

    // Content datasets (no importRun: the import owns those) whose measures were written.
    private static readonly string MarkContentStatement =
        $"MATCH (d:Dataset) WHERE d.{MeasureProperties.WrittenAt} IS NOT NULL AND d.importRun IS NULL " +
        $"SET d.{MeasureProperties.State} = 'stale' REMOVE d.{MeasureProperties.WrittenAt}, d.{MeasureProperties.BetweennessMethod} RETURN d.id";

    // The actor's properties are removed on every row, before the second MATCH keeps only actors with participations.
    private static readonly string ClearStatement =
        $"UNWIND $ids AS id MATCH (a:Actor) WHERE a.{GraphSchema.DatasetProperty} = id REMOVE {List("a")} " +
        $"WITH a MATCH (a)-[p:PARTICIPATES_IN]->(:Network) REMOVE {List("p")}";

    /// <summary>Whether <paramref name="plan"/> writes anything the measures are computed from.</summary>
    public static bool AffectsNetworks(SyncPlan plan) =>
        plan.NodesToDelete.Any(k => NetworkLabels.Contains(k.Label))
        || plan.NodesToUpsert.Any(p => NetworkLabels.Contains(p.Key.Label))
        || plan.RelationshipsToDelete.Any(k => NetworkTypes.Contains(k.Type))
        || plan.RelationshipsToUpsert.Any(p => NetworkTypes.Contains(p.Key.Type));

    /// <summary>
    /// In <paramref name="transaction"/>: removes the measures of every content dataset that has written ones and marks
    /// them stale; returns those datasets' ids. Run it before the load's own writes, which may replace the Dataset's properties.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ClearContentDatasetsAsync(ICypherTransaction transaction, CancellationToken cancellationToken)
    {
        var marked = await transaction.RunAsync([CypherStatement.Of(MarkContentStatement) with { IncludeStats = false }], cancellationToken).ConfigureAwait(false);
        var ids = marked[0].Rows.Select(r => r[0]).OfType<string>().ToList();
        if (ids.Count > 0)
            await transaction.RunAsync([CypherStatement.Of(ClearStatement, ("ids", ids)) with { IncludeStats = false }], cancellationToken).ConfigureAwait(false);
        return ids;
    }

    private static string List(string variable) => string.Join(", ", OnActors.Select(p => $"{variable}.{p}"));
}
