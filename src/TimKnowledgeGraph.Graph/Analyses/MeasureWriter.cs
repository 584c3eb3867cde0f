using System.Globalization;
using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Graph.Analyses;

/// <summary>
/// Writes the measures back as properties (the "write" step), so plain Cypher can query them:
/// <c>MATCH (a:Actor {dataset: $d}) RETURN a.name, a.betweenness ORDER BY a.betweenness DESC</c>. Aggregate measures go
/// on the Actor, a layer's on the actor's PARTICIPATES_IN relationship to that layer (actors without one get none),
/// the betweenness method on the Dataset. Batches of <see cref="BatchSize"/> actors, each its own transaction.
/// </summary>
internal static class MeasureWriter
{
    public const int BatchSize = 5_000;

    private static readonly string Fields = string.Join(", ", new[]
    {
        MeasureProperties.Betweenness, MeasureProperties.EffectiveSize, MeasureProperties.Constraint, MeasureProperties.Coordinator,
        MeasureProperties.Itinerant, MeasureProperties.Representative, MeasureProperties.Gatekeeper, MeasureProperties.Liaison, MeasureProperties.Brokerage,
        MeasureProperties.InDegree, MeasureProperties.OutDegree,
    }.Select((p, i) => i < 3 ? $"x.{p} = toFloat(r[{i + 2}])" : $"x.{p} = r[{i + 2}]"));

    // JSON writes 0.0 as 0, which Neo4j would store as an integer: toFloat keeps every value of a measure one type.
    // rows: [actor id, degree, betweenness, effectiveSize, constraint, 5 roles, total, inDegree, outDegree, multiplexDegree, participation];
    // in- and out-degree are null on an undirected graph, which sets no property (and removes an earlier one).
    private static readonly string ActorStatement =
        $"UNWIND $rows AS r MATCH (x:Actor {{id: r[0]}}) SET x.{MeasureProperties.Degree} = r[1], {Fields}, " +
        $"x.{MeasureProperties.MultiplexDegree} = r[13], x.{MeasureProperties.Participation} = toFloat(r[14]) RETURN count(*)";

    private static readonly string LayerStatement =
        $"UNWIND $rows AS r MATCH (:Actor {{id: r[0]}})-[x:PARTICIPATES_IN]->(:Network {{id: $layer}}) SET x.{MeasureProperties.Degree} = r[1], {Fields} RETURN count(*)";

    private static readonly string DatasetStatement =
        $"MATCH (d:Dataset {{id: $d}}) SET d.{MeasureProperties.BetweennessMethod} = $method, d.{MeasureProperties.WrittenAt} = $at, d.{MeasureProperties.State} = 'current'";

    /// <summary>Writes everything; returns the number of actors and of participations that received properties.</summary>
    public static async Task<(long Actors, long Participations)> WriteAsync(ICypherClient client, NetworkMeasures measures, CancellationToken cancellationToken)
    {
        var network = measures.Network;
        long actors = 0, participations = 0;
        for (var start = 0; start < network.ActorCount; start += BatchSize)
        {
            var range = Enumerable.Range(start, Math.Min(BatchSize, network.ActorCount - start)).ToList();
            var rows = range.Select(i => (object?)Row(network, measures.Aggregate, i)
                .Append((long)measures.MultiplexDegree[i]).Append(measures.Participation[i]).ToList()).ToList();
            actors += await CountAsync(client, CypherStatement.Of(ActorStatement, ("rows", rows)), cancellationToken).ConfigureAwait(false);
            for (var l = 0; l < network.Layers.Count; l++)
            {
                var layer = measures.Layers[l];
                var layerRows = range.Select(i => (object?)Row(network, layer, i).ToList()).ToList();
                participations += await CountAsync(client, CypherStatement.Of(LayerStatement, ("rows", layerRows), ("layer", network.Layers[l])), cancellationToken)
                    .ConfigureAwait(false);
            }
        }
        await client.RunAsync([CypherStatement.Of(DatasetStatement, ("d", network.DatasetId), ("method", measures.Method.Label),
            ("at", DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)))], cancellationToken).ConfigureAwait(false);
        return (actors, participations);
    }

    private static IEnumerable<object?> Row(MultiplexNetwork network, GraphMeasures graph, int i)
    {
        var roles = graph.Roles;
        return
        [
            network.ActorIds[i], (long)graph.Degree[i], MeasureTable.Defined(graph.Betweenness[i]),
            MeasureTable.Defined(graph.Holes.EffectiveSize[i]), MeasureTable.Defined(graph.Holes.Constraint[i]),
            roles.Coordinator[i], roles.Itinerant[i], roles.Representative[i], roles.Gatekeeper[i], roles.Liaison[i], roles.Total(i),
            graph.InDegree is { } ins ? (long)ins[i] : null, graph.OutDegree is { } outs ? (long)outs[i] : null,
        ];
    }

    private static async Task<long> CountAsync(ICypherClient client, CypherStatement statement, CancellationToken cancellationToken)
    {
        var result = await client.RunAsync([statement], cancellationToken).ConfigureAwait(false);
        return result[0].Rows is [[long n]] ? n : 0;
    }
}
