using TimKnowledgeGraph.Graph.Queries;

namespace TimKnowledgeGraph.Graph.Analyses;

/// <summary>One actor's degree in a layer (<c>multiplex-participation</c>'s <c>degrees</c> entries).</summary>
public sealed record LayerDegree(string Layer, long Degree);

/// <summary>One actor of <see cref="MultiplexParticipation"/>: the columns of <c>cypher/multiplex-participation.cypher</c>, in its order.</summary>
public sealed record MultiplexParticipationRow(
    string ActorId, string? ActorName, string? Kind, string? Region, long LayersInDataset, long LayersParticipated, long LayersActive,
    IReadOnlyList<LayerDegree> Degrees, long OverlappingDegree, long AggregateDegree, double Participation);

/// <summary>
/// Multiplex participation per actor (Battiston, Nicosia &amp; Latora 2014) computed on the projection with the
/// conventions of <c>cypher/multiplex-participation.cypher</c>, whose header is the specification: every actor of the
/// dataset, isolates included; k_i^α the distinct other actors tied to i in layer α by ties active in the period; o_i their
/// sum; the aggregate degree the distinct neighbours over all layers; P_i = M/(M−1)·[1 − Σ_α (k_i^α/o_i)²] with M all the
/// dataset's layers, 0 when o_i = 0 or M &lt; 2. layersParticipated: without a period the actor's PARTICIPATES_IN links
/// to the dataset's layers (counted as links, as the query's <c>size(participations)</c>); in a period the layers where it
/// has an active tie or an active listed participation. The query runs per request in Neo4j 3.1 (1.6-2.2 s on a
/// 150,000-tie panel, each new period of the dataset page waiting for it); here it is one pass over the active ties.
/// Unlike <see cref="Participation"/> (the measures' coefficient), this follows the query column for column. One difference,
/// as for every analysis on the projection: a tie from an actor to a node that is not one of the dataset's actors (possible
/// only through hand-written Cypher) is not projected, so it counts nowhere here, where the query counts it.
/// </summary>
public static class MultiplexParticipation
{
    /// <summary>The query whose columns, conventions and order the rows follow.</summary>
    public const string QueryName = "multiplex-participation";

    /// <summary>The columns of <c>multiplex-participation.cypher</c> (its <c>@returns</c>).</summary>
    public static IReadOnlyList<string> Columns => QueryCatalog.Embedded.Get(QueryName).Columns;

    /// <summary>Every actor of the dataset with its participation in the period, by actor id (the query's order).</summary>
    public static IReadOnlyList<MultiplexParticipationRow> Compute(MultiplexNetwork network, AnalysisPeriod period)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(period);
        var rule = new PeriodRule(period, network.Time);
        var incidence = TieIncidence.Build(network, rule);
        var (m, n) = (network.Layers.Count, network.ActorCount);

        // Without a period every PARTICIPATES_IN link counts (a second link to one layer too); in one, a listed
        // participation active by the period rule marks its layer.
        var links = new long[n];
        var listed = new bool[m][];
        for (var l = 0; l < m; l++) listed[l] = new bool[n];
        foreach (var p in network.Participations)
        {
            if (period.IsAllTime) links[p.Actor]++;
            else if (p.Listed && rule.Active(p.Wave, p.From, p.To)) listed[p.Layer][p.Actor] = true;
        }

        var rows = new MultiplexParticipationRow[n];
        Parallel.For(0, n, () => new Scratch(n, m), (x, _, scratch) =>
        {
            rows[x] = Row(network, incidence, period.IsAllTime ? links[x] : -1, listed, x, scratch);
            return scratch;
        }, _ => { });
        return [.. rows.OrderBy(r => r.ActorId, StringComparer.Ordinal)];
    }

    /// <summary>The rows as the query answers them, column by column (degrees as {layer, degree} maps, counts as 64-bit integers).</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, object?>> AsRecords(IReadOnlyList<MultiplexParticipationRow> rows) =>
    [
        .. rows.Select(r => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["actorId"] = r.ActorId, ["actorName"] = r.ActorName, ["kind"] = r.Kind, ["region"] = r.Region,
            ["layersInDataset"] = r.LayersInDataset, ["layersParticipated"] = r.LayersParticipated, ["layersActive"] = r.LayersActive,
            ["degrees"] = r.Degrees.Select(d => (object?)new Dictionary<string, object?>(StringComparer.Ordinal) { ["layer"] = d.Layer, ["degree"] = d.Degree }).ToList(),
            ["overlappingDegree"] = r.OverlappingDegree, ["aggregateDegree"] = r.AggregateDegree, ["participation"] = r.Participation,
        }),
    ];

    // links: the actor's PARTICIPATES_IN links without a period, -1 in a period (then layers with a tie or a listed participation).
    private static MultiplexParticipationRow Row(MultiplexNetwork network, TieIncidence incidence, long links, bool[][] listed, int x, Scratch scratch)
    {
        var (m, n, stamp) = (network.Layers.Count, network.ActorCount, x + 1);
        var k = new long[m];
        long aggregate = 0;
        for (var e = incidence.Start[x]; e < incidence.Start[x + 1]; e++)
        {
            var (y, l) = (incidence.Other[e], incidence.Layer[e]);
            if (y == x) continue; // a self-tie ties no two actors (the query's y <> x)
            // Distinct neighbours per layer and over all layers: parallel ties and ties in both directions count once.
            if (scratch.InLayer[(long)l * n + y] != stamp) { scratch.InLayer[(long)l * n + y] = stamp; k[l]++; }
            if (scratch.Anywhere[y] != stamp) { scratch.Anywhere[y] = stamp; aggregate++; }
        }
        long o = 0, squares = 0, active = 0, participated = 0;
        for (var l = 0; l < m; l++)
        {
            o += k[l];
            squares += k[l] * k[l];
            if (k[l] > 0) active++;
            if (listed[l][x] || k[l] > 0) participated++;
        }
        // As the query computes it: (toFloat(m) / (m - 1)) * (1.0 - toFloat(squares) / (o * o)).
        var coefficient = o == 0 || m < 2 ? 0.0 : ((double)m / (m - 1)) * (1.0 - (double)squares / (o * o));
        var region = network.RegionOf[x] >= 0 ? network.Regions[network.RegionOf[x]] : null;
        var kind = x < network.ActorKinds.Count ? network.ActorKinds[x] : null;
        return new MultiplexParticipationRow(network.ActorIds[x], network.ActorNames[x], kind, region, m, links >= 0 ? links : participated, active,
            [.. network.Layers.Select((id, l) => new LayerDegree(id, k[l]))], o, aggregate, coefficient);
    }

    /// <summary>A worker's marks, stamped with the actor's index + 1 so that no actor clears them.</summary>
    private sealed class Scratch(int actors, int layers)
    {
        public readonly int[] InLayer = new int[(long)actors * layers];
        public readonly int[] Anywhere = new int[actors];
    }
}
