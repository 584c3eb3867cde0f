using System.Numerics;

namespace TimKnowledgeGraph.Graph.Analyses;

/// <summary>
/// Layer overlap, multiplex participation and the Markusen typology for one period, computed on the projection with the
/// conventions of cypher/layer-overlap.cypher, multiplex-participation.cypher and regional-typology.cypher (their headers
/// are the specification; the agreement tests hold both routes to expected.py). One pass over the ties marks the pairs
/// active in each layer as bits and counts the typology's tie classes; the rest is arithmetic on those bits.
/// Differences from the Cypher, by design: every region with actors gets a typology row (as typology-path gives),
/// also one whose actors have no active tie (all counts 0, unclassified); ties to nodes outside the dataset's actors are
/// not in the projection, so they count nowhere.
/// </summary>
internal static class PeriodAnalyses
{
    /// <summary>The natures that count as social for regional-social ties (regional-typology's default $socialNatures).</summary>
    public static readonly IReadOnlyList<string> SocialNatures = ["social", "kinship", "cultural"];

    /// <summary>Least ties of a class for it to be present (regional-typology's default $threshold).</summary>
    public const int Threshold = 1;

    public static PeriodAnalysis Compute(MultiplexNetwork network, PairIndex pairs, AnalysisPeriod period, bool withParticipation)
    {
        var rule = new PeriodRule(period, network.Time);
        var layerCount = network.Layers.Count;
        var words = (pairs.Count + 63) / 64;
        var pairBits = new ulong[layerCount][];
        var members = new bool[layerCount][];
        var regionCount = network.Regions.Count;
        long[] re = new long[regionCount], rs = new long[regionCount], ge = new long[regionCount];
        var classes = Classes(network);
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
            var (reInside, rsInside, geLeaving, geAll) = classes[l];
            for (var i = 0; i < s.Length; i++)
            {
                if (timed && !rule.Active(w[i], f[i], to[i])) continue;
                if (pairOf[i] >= 0) bits[pairOf[i] >> 6] |= 1UL << (pairOf[i] & 63);
                inLayer[s[i]] = inLayer[t[i]] = true;
                // Regional typology: a tie inside a region counts once for it; one leaving counts for each region it touches;
                // a self-tie ties no two actors and counts nowhere (regional-typology.cypher's header).
                if (s[i] == t[i]) continue;
                var (rSource, rTarget) = (network.RegionOf[s[i]], network.RegionOf[t[i]]);
                if (rSource >= 0 && rSource == rTarget)
                {
                    if (reInside) re[rSource]++;
                    if (rsInside) rs[rSource]++;
                    if (geAll) ge[rSource]++;
                }
                else if (geAll || geLeaving)
                {
                    if (rSource >= 0) ge[rSource]++;
                    if (rTarget >= 0) ge[rTarget]++;
                }
            }
        }
        MarkParticipations(network, rule, members);
        var overlap = Overlap(network, pairBits, members);
        var typology = Typology(network, re, rs, ge);
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

    private static List<RegionTypeRow> Typology(MultiplexNetwork network, long[] re, long[] rs, long[] ge)
    {
        var actors = new long[network.Regions.Count];
        foreach (var r in network.RegionOf) if (r >= 0) actors[r]++;
        var rows = new List<RegionTypeRow>();
        for (var r = 0; r < network.Regions.Count; r++)
        {
            var (reOn, rsOn, geOn) = (re[r] >= Threshold, rs[r] >= Threshold, ge[r] >= Threshold);
            var distances = Figure1.Select(row => (row.Type, Distance: (row.Re == reOn ? 0 : 1) + (row.Rs == rsOn ? 0 : 1) + (row.Ge == geOn ? 0 : 1))).ToList();
            var nearest = distances.Min(d => d.Distance);
            var closest = distances.Where(d => d.Distance == nearest).Select(d => d.Type).ToList();
            var flags = $"RE {YesNo(reOn)} ({re[r]} ties), RS {YesNo(rsOn)} ({rs[r]}), GE {YesNo(geOn)} ({ge[r]}); present when ties >= {Threshold}";
            var rule = flags + (nearest == 0
                ? " -> matches Figure 1 row " + closest[0]
                : " -> matches no Figure 1 row (marshallian: RE yes RS yes GE yes; hub-and-spoke: RE yes RS no GE yes; satellite-platform: RE no RS no GE yes); nearest by "
                  + nearest + " differing class(es): " + string.Join(", ", closest));
            double PerActor(long ties) => actors[r] == 0 ? 0.0 : (double)ties / actors[r];
            rows.Add(new RegionTypeRow(network.Regions[r], network.RegionNames.Count > r ? network.RegionNames[r] : network.Regions[r], actors[r],
                re[r], PerActor(re[r]), rs[r], PerActor(rs[r]), ge[r], PerActor(ge[r]), reOn, rsOn, geOn,
                nearest == 0 ? closest[0] : "unclassified", closest, rule));
        }
        return rows;
    }

    private static readonly (string Type, bool Re, bool Rs, bool Ge)[] Figure1 =
    [
        ("marshallian", true, true, true), ("hub-and-spoke", true, false, true), ("satellite-platform", false, false, true),
    ];

    // Which typology classes a layer's ties fall in, by nature and the optional scale override (regional-typology.cypher).
    private static (bool ReInside, bool RsInside, bool GeLeaving, bool GeAll)[] Classes(MultiplexNetwork network) =>
    [
        .. network.Layers.Select((id, l) =>
        {
            var info = l < network.LayerInfos.Count ? network.LayerInfos[l] : new LayerInfo(id, null, null, null);
            var economic = info.Nature == "economic";
            var regionalOrNone = info.Scale is null or "regional";
            return (economic && regionalOrNone, !economic && info.Nature is { } nature && SocialNatures.Contains(nature) && regionalOrNone,
                economic && info.Scale is null, economic && info.Scale == "global");
        }),
    ];

    private static string YesNo(bool on) => on ? "yes" : "no";

    private static string? NameOf(IReadOnlyList<LayerInfo> infos, int layer) => layer < infos.Count ? infos[layer].Name : null;
}
