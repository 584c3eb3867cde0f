using System.Numerics;

namespace TimKnowledgeGraph.Graph.Analyses;

/// <summary>
/// Layer overlap, multiplex participation and the Markusen typology for one period, computed on the projection with the
/// conventions of cypher/layer-overlap.cypher, multiplex-participation.cypher and regional-typology.cypher (their headers
/// are the specification; the agreement tests hold both routes to expected.py). One pass over the ties marks the pairs
/// active in each layer as bits, the rest of the overlap is arithmetic on those bits; another pass counts the typology's
/// tie classes (<see cref="Typology"/>, which a region page's path runs alone).
/// Differences from the Cypher, by design: every region with actors gets a typology row (as typology-path gives),
/// also one whose actors have no active tie (all counts 0, unclassified), and a region without a name is named by its id
/// (<see cref="RegionalTypology"/> gives the query's rows, for the API); ties to nodes outside the dataset's actors are
/// not in the projection, so they count nowhere.
/// </summary>
internal static class PeriodAnalyses
{
    /// <summary>The natures that count as social for regional-social ties (regional-typology's default $socialNatures).</summary>
    public static readonly IReadOnlyList<string> SocialNatures = RegionalTypology.DefaultSocialNatures;

    /// <summary>Least ties of a class for it to be present (regional-typology's default $threshold).</summary>
    public const int Threshold = RegionalTypology.DefaultThreshold;

    public static PeriodAnalysis Compute(MultiplexNetwork network, PairIndex pairs, AnalysisPeriod period, bool withParticipation)
    {
        var rule = new PeriodRule(period, network.Time);
        var layerCount = network.Layers.Count;
        var words = (pairs.Count + 63) / 64;
        var pairBits = new ulong[layerCount][];
        var members = new bool[layerCount][];
        var ties = network.Ties;
        for (var l = 0; l < layerCount; l++)
        {
            var bits = pairBits[l] = new ulong[words];
            var inLayer = members[l] = new bool[network.ActorCount];
            var s = ties.Sources(l);
            var t = ties.Targets(l);
            var pairOf = pairs.PairOfTie[l];
            var w = ties.Waves(l);
            var f = ties.Froms(l);
            var to = ties.Tos(l);
            var timed = ties.IsTimed;
            for (var i = 0; i < s.Length; i++)
            {
                if (timed && !rule.Active(w[i], f[i], to[i])) continue;
                if (pairOf[i] >= 0) bits[pairOf[i] >> 6] |= 1UL << (pairOf[i] & 63);
                inLayer[s[i]] = inLayer[t[i]] = true;
            }
        }
        MarkParticipations(network, rule, members);
        var overlap = Overlap(network, pairBits, members);
        var typology = Typology(network, period);
        var participation = withParticipation ? Participation(network, period) : null;
        return new PeriodAnalysis(period, overlap, typology, participation);
    }

    // Membership: for all time, every PARTICIPATES_IN (as the Cypher without a period; the loaders write one for each end
    // of every tie, so the tie ends marked above are among them); in a period, active tie ends plus active listed ones.
    // A dataset without time too, now that the projection reads its participations (an actor listed in a layer where it
    // has no tie is a member there, as layer-overlap.cypher counts it); a network built without any (by hand, in tests)
    // keeps its tie ends.
    private static void MarkParticipations(MultiplexNetwork network, PeriodRule rule, bool[][] members)
    {
        var participations = network.Time?.Participations ?? network.Participations;
        if (network.Time is null && participations.Count == 0) return;
        if (rule.IsAllTime)
            foreach (var m in members) Array.Clear(m);
        foreach (var p in participations)
            if (rule.IsAllTime || (p.Listed && rule.Active(p.Wave, p.From, p.To))) members[p.Layer][p.Actor] = true;
    }

    private static List<LayerOverlapRow> Overlap(MultiplexNetwork network, ulong[][] pairBits, bool[][] members)
    {
        var rows = new List<LayerOverlapRow>();
        var infos = network.LayerInfos;
        var actorCounts = members.Select(m => (long)m.Count(x => x)).ToArray();
        var pairCounts = pairBits.Select(b => b.Sum(w => (long)BitOperations.PopCount(w))).ToArray();
        for (var a = 0; a < members.Length; a++)
            for (var b = 0; b < members.Length; b++)
            {
                if (string.CompareOrdinal(network.Layers[a], network.Layers[b]) >= 0) continue;
                long actorsBoth = 0, pairsBoth = 0;
                for (var x = 0; x < network.ActorCount; x++) if (members[a][x] && members[b][x]) actorsBoth++;
                for (var w = 0; w < pairBits[a].Length; w++) pairsBoth += BitOperations.PopCount(pairBits[a][w] & pairBits[b][w]);
                var actorsEither = actorCounts[a] + actorCounts[b] - actorsBoth;
                var pairsEither = pairCounts[a] + pairCounts[b] - pairsBoth;
                rows.Add(new LayerOverlapRow(network.Layers[a], NameOf(infos, a), network.Layers[b], NameOf(infos, b),
                    actorCounts[a], actorCounts[b], actorsBoth, actorsEither, actorsEither == 0 ? 0.0 : (double)actorsBoth / actorsEither,
                    pairCounts[a], pairCounts[b], pairsBoth, pairsEither, pairsEither == 0 ? 0.0 : (double)pairsBoth / pairsEither));
            }
        return [.. rows.OrderBy(r => r.LayerA, StringComparer.Ordinal).ThenBy(r => r.LayerB, StringComparer.Ordinal)];
    }

    // The query's rows (MultiplexParticipation, which /api/networks/{d}/participation answers), in this record's shape:
    // one computation for both routes. layersParticipated is the query's: without a period the PARTICIPATES_IN links
    // (also for a dataset without time, whose listed layers this counted only by their ties before).
    private static List<ActorParticipationRow> Participation(MultiplexNetwork network, AnalysisPeriod period) =>
    [
        .. MultiplexParticipation.Compute(network, period).Select(r => new ActorParticipationRow(r.ActorId, r.ActorName, r.Region,
            [.. r.Degrees.Select(d => (int)d.Degree)], (int)r.OverlappingDegree, (int)r.AggregateDegree, (int)r.LayersParticipated,
            (int)r.LayersActive, r.Participation)),
    ];

    /// <summary>
    /// The typology alone for one period (a pass over the ties of its own, which a region page's path takes without the
    /// overlap): every region with actors, also one without an active tie (all counts 0, unclassified), named by its id
    /// when it has no name: the dataset page's typology. RegionalTypology.Compute gives the query's rows for the API.
    /// </summary>
    public static List<RegionTypeRow> Typology(MultiplexNetwork network, AnalysisPeriod period)
    {
        var (re, rs, ge, _) = RegionalTypology.CountTies(network, period, SocialNatures);
        var actors = RegionalTypology.ActorsPerRegion(network);
        return [.. Enumerable.Range(0, network.Regions.Count)
            .Select(r => RegionalTypology.Row(network.Regions[r], network.RegionName(r), actors[r], re[r], rs[r], ge[r], Threshold))];
    }

    private static string? NameOf(IReadOnlyList<LayerInfo> infos, int layer) => layer < infos.Count ? infos[layer].Name : null;
}
