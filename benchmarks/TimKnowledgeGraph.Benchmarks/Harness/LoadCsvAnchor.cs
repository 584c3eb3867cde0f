using System.Diagnostics;
using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Benchmarks.Harness;

/// <summary>
/// The database's own bulk path, as the anchor to beat: <c>USING PERIODIC COMMIT 10000 LOAD CSV</c> over the same
/// files, run through our client. Same labels, ids and the tie properties our import writes (no provenance extras).
/// </summary>
public static class LoadCsvAnchor
{
    public static async Task<(TimeSpan Actors, TimeSpan Ties)> RunAsync(BenchServer server, string datasetFolder, string datasetId)
    {
        foreach (var name in new[] { "actors.csv", "ties.csv" })
            File.Copy(Path.Combine(datasetFolder, name), Path.Combine(server.ImportDirectory, name), overwrite: true);
        var prefix = datasetId + "/";
        // Regions first (not timed): our import writes them from dataset.md before the actors too.
        await server.Client.RunAsync([new CypherStatement(
            "USING PERIODIC COMMIT 10000 LOAD CSV WITH HEADERS FROM 'file:///actors.csv' AS r MERGE (:Region {id: r.region})")]);
        var clock = Stopwatch.StartNew();
        await server.Client.RunAsync([CypherStatement.Of(
            "USING PERIODIC COMMIT 10000 LOAD CSV WITH HEADERS FROM 'file:///actors.csv' AS r " +
            "CREATE (a:Actor {id: $p + r.id, localId: r.id, name: r.name, kind: r.kind, dataset: $d}) " +
            "WITH a, r MATCH (g:Region {id: r.region}) CREATE (a)-[:LOCATED_IN {key: ''}]->(g)", ("p", prefix), ("d", datasetId))]);
        var actors = clock.Elapsed;
        clock.Restart();
        await server.Client.RunAsync([CypherStatement.Of(
            "USING PERIODIC COMMIT 10000 LOAD CSV WITH HEADERS FROM 'file:///ties.csv' AS r " +
            "MATCH (a:Actor {id: $p + r.source}) MATCH (b:Actor {id: $p + r.target}) " +
            "CREATE (a)-[:TIE {key: r.layer, network: $p + r.layer, resource: r.resource, weight: toFloat(r.weight)}]->(b)", ("p", prefix))]);
        return (actors, clock.Elapsed);
    }
}
