using TimKnowledgeGraph.Domain.Content.Validation;
using TimKnowledgeGraph.Domain.Diagnostics;
using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Graph.Loading.Sync;

/// <summary>
/// Content datasets whose id a bulk import already holds. The sync would take the imported dataset over (its actors
/// and ties share the id's prefix), and deleting the content dataset later would delete part of it; the import refuses
/// a content dataset's id the same way (<c>NetworkImporter</c>).
/// </summary>
internal static class ImportedDatasetClashes
{
    private static readonly string Statement =
        $"MATCH (d:{DatasetShape.Label}) WHERE d.{DatasetShape.Id} IN $ids AND d.{DatasetShape.ImportState} IS NOT NULL RETURN d.{DatasetShape.Id}";

    /// <summary>One TKG020 error per content dataset whose id is an imported dataset's (read in the load's transaction).</summary>
    public static async Task<IReadOnlyList<Diagnostic>> FindAsync(ICypherTransaction transaction, IReadOnlyList<GraphNode> content, CancellationToken cancellationToken)
    {
        var datasets = content.Where(n => n.Label == GraphSchema.Dataset).ToDictionary(n => n.Id, StringComparer.Ordinal);
        if (datasets.Count == 0) return [];
        var results = await transaction.RunAsync([CypherStatement.Of(Statement, ("ids", datasets.Keys.ToList()))], cancellationToken).ConfigureAwait(false);
        return [.. results[0].Rows.Select(row => (string)row[0]!).Order(StringComparer.Ordinal).Select(id => Diagnostic.Error(datasets[id].Source, DiagnosticCodes.DuplicateId,
            $"dataset id '{id}' belongs to a dataset written by timkg import; content/ cannot declare it. Use another id, or delete the imported dataset first"))];
    }
}
