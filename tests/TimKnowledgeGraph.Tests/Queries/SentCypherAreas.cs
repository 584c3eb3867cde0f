using TimKnowledgeGraph.Graph.Analyses;
using TimKnowledgeGraph.Graph.Import;
using TimKnowledgeGraph.Graph.Loading;
using TimKnowledgeGraph.Graph.Queries;

namespace TimKnowledgeGraph.Tests.Queries;

/// <summary>
/// The areas <see cref="SentCypherLintTests"/> must have recorded a statement of, each known by a statement (or a part
/// of one, for those built in a method) only that area sends: a path that stopped sending, or sent elsewhere, is named.
/// </summary>
internal static class SentCypherAreas
{
    private static readonly (string Area, Func<string, bool> Sent)[] Areas =
    [
        ("content sync: node upserts per label", t => t.StartsWith("UNWIND $rows AS r MERGE (n:Concept {id: r[0]})", StringComparison.Ordinal)),
        ("content sync: relationship upserts per type", t => t.Contains("MERGE (a)-[x:DERIVED_FROM {key: r[2]}]->(b) SET x = r[3]", StringComparison.Ordinal)),
        ("content sync: node deletes", t => t.StartsWith("UNWIND $rows AS id MATCH (n:Critique {id: id}) WHERE n.importedBy IS NULL DETACH DELETE n", StringComparison.Ordinal)),
        ("content sync: relationship deletes", t => t.StartsWith("UNWIND $rows AS r MATCH (a:Critique {id: r[0]})-[x:", StringComparison.Ordinal)),
        ("content sync: snapshot of the graph", t => t.Contains("RETURN labels(a), a.id, labels(b), b.id, r, type(r)", StringComparison.Ordinal)),
        ("content sync: an imported dataset's id refused", t => t.Contains("importState IS NOT NULL RETURN d.id", StringComparison.Ordinal)),
        ("load records: the Load node", t => t.StartsWith("CREATE (l:Load) SET l = $props", StringComparison.Ordinal)),
        ("load records: the latest load", t => t == LoadRecordStore.Latest.Text),
        ("load records: the first load's lock", t => t.Contains("'first-load-lock'", StringComparison.Ordinal)),
        ("load records: a first load's attempt marked", t => t.StartsWith($"MERGE (a:{LoadRecordStore.FirstAttemptLabel}", StringComparison.Ordinal)),
        ("load records: a first load's mark removed", t => t == $"MATCH (a:{LoadRecordStore.FirstAttemptLabel}) DELETE a"),
        ("load records: an attempt marked on the latest Load", t => t.Contains("SET l.attemptAt = $at", StringComparison.Ordinal)),
        ("load records: a mark removed from the latest Load", t => t.Contains("REMOVE l.attemptAt, l.attemptBy", StringComparison.Ordinal)),
        ("import: links to loaded content checked", t => t.Contains("OPTIONAL MATCH (r:Reference {id: id})", StringComparison.Ordinal)),
        ("import: first import, timed ties", t => t == ImportStatements.CreateTies),
        ("import: first import, untimed ties", t => t == ImportStatements.CreateUntimedTies),
        ("import: first import, a repeated tie", t => t == ImportStatements.MergeRepeatedTies),
        ("import: re-import, ties", t => t == ImportStatements.MergeTies),
        ("import: re-import, stale actors deleted", t => t == ImportStatements.DeleteStaleActors),
        ("ties: some statement names [:TIE", t => t.Contains("[:TIE", StringComparison.Ordinal)),
        ("projection: timed ties", t => t == MultiplexProjection.TimedTiesStatement),
        ("projection: untimed ties", t => t == MultiplexProjection.TiesStatement),
        ("measures: written back", t => t.Contains($"SET x.{MeasureProperties.Degree} = r[1]", StringComparison.Ordinal)),
        ("measures: marked stale by a load", t => t.Contains($"SET d.{MeasureProperties.State} = 'stale'", StringComparison.Ordinal)),
        ("measures: cleared by a load", t => t.StartsWith("UNWIND $ids AS id MATCH (a:Actor)", StringComparison.Ordinal)),
        ("export: the ties' time probed", t => t.EndsWith("RETURN t.waveIndex IS NOT NULL, t.wave IS NOT NULL LIMIT 1", StringComparison.Ordinal)),
        ("export: a page of timed ties", t => t.EndsWith("t.validFrom, t.validTo, t.wave, t.waveIndex", StringComparison.Ordinal)),
        ("export: the reading list", t => t == QueryCatalog.Embedded.Get("reading-list").Text),
        ("search: the documents indexed", t => t == QueryCatalog.Embedded.Get("search-documents").Text),
    ];

    /// <summary>Fails naming every area of which no statement was sent.</summary>
    public static void AssertEachSeen(IReadOnlyList<string> sent)
    {
        var missing = Areas.Where(a => !sent.Any(a.Sent)).Select(a => a.Area).ToList();
        Assert.True(missing.Count == 0, $"no statement recorded for: {string.Join("; ", missing)}");
    }
}
