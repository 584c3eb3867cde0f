using System.Diagnostics;
using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Benchmarks.Harness;

/// <summary>
/// The database's own bulk path, as the anchor to beat: <c>USING PERIODIC COMMIT 10000 LOAD CSV</c> over the same
/// files, run through our client. Same labels, ids and the tie properties our import writes (no provenance extras);
/// for a panel (a <c>wave</c> column) also the time properties: <c>wave</c>, <c>waveIndex</c> (the number after the
/// generator's "w") and the wave in <c>key</c>, as the import sets them.
/// </summary>
public static class LoadCsvAnchor
{
    /// <summary>Each statement's time. The regions are LOAD CSV's counterpart of our description phase, which writes them
    /// from dataset.md before the actors: part of its end-to-end time, not of a phase compared with ours.</summary>
    public static async Task<(TimeSpan Regions, TimeSpan Actors, TimeSpan Ties)> RunAsync(BenchServer server, string datasetFolder, string datasetId)
    {
        foreach (var name in new[] { "actors.csv", "ties.csv" })
            File.Copy(Path.Combine(datasetFolder, name), Path.Combine(server.ImportDirectory, name), overwrite: true);
        var prefix = datasetId + "/";
        var clock = Stopwatch.StartNew();
        await server.Client.RunAsync([new CypherStatement(
            "USING PERIODIC COMMIT 10000 LOAD CSV WITH HEADERS FROM 'file:///actors.csv' AS r MERGE (:Region {id: r.region})")]);
        var regions = clock.Elapsed;
        clock.Restart();
        await server.Client.RunAsync([CypherStatement.Of(
            "USING PERIODIC COMMIT 10000 LOAD CSV WITH HEADERS FROM 'file:///actors.csv' AS r " +
            "CREATE (a:Actor {id: $p + r.id, localId: r.id, name: r.name, kind: r.kind, dataset: $d}) " +
            "WITH a, r MATCH (g:Region {id: r.region}) CREATE (a)-[:LOCATED_IN {key: ''}]->(g)", ("p", prefix), ("d", datasetId))]);
        var actors = clock.Elapsed;
        clock.Restart();
        var timed = File.ReadLines(Path.Combine(datasetFolder, "ties.csv")).First().Split(',').Contains("wave");
        // LOAD CSV reads an empty field as null: a timeless row gets no wave, waveIndex or wave in its key.
        var properties = timed
            ? "{key: r.layer + coalesce('|' + r.wave, ''), network: $p + r.layer, resource: r.resource, weight: toFloat(r.weight), " +
              "wave: r.wave, waveIndex: toInteger(substring(r.wave, 1))}"
            : "{key: r.layer, network: $p + r.layer, resource: r.resource, weight: toFloat(r.weight)}";
        await server.Client.RunAsync([CypherStatement.Of(
            "USING PERIODIC COMMIT 10000 LOAD CSV WITH HEADERS FROM 'file:///ties.csv' AS r " +
            "MATCH (a:Actor {id: $p + r.source}) MATCH (b:Actor {id: $p + r.target}) " +
            $"CREATE (a)-[:TIE {properties}]->(b)", ("p", prefix))]);
        return (regions, actors, clock.Elapsed);
    }
}
