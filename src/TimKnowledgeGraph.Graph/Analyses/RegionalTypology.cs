using TimKnowledgeGraph.Graph.Queries;

namespace TimKnowledgeGraph.Graph.Analyses;

/// <summary>
/// The Markusen (1996) typology of a dataset's regions computed on the projection with the conventions of
/// <c>cypher/regional-typology.cypher</c>, whose header is the specification, for <c>/api/networks/{d}/typology</c>:
/// its columns, rows and order, its <c>threshold</c>, <c>socialNatures</c> and period. The counting and the rule are the
/// dataset page's (<see cref="PeriodAnalyses"/> calls <see cref="CountTie"/> and <see cref="Row"/>); what the query
/// answers differently from the page, and this follows:
/// - it lists a region only when one of its actors has a tie active in the period to another node (the query's
///   <c>MATCH (x)-[t:TIE]-(o) WHERE o &lt;&gt; x</c> is not optional), of any class or none; the page lists every
///   region of the dataset's actors, one without such a tie with counts 0 (as typology-path does);
/// - <c>regionName</c> is the region's name as stored, null for a region taken from the data alone; the page shows its id.
/// Left as on every analysis of the projection (only hand-written Cypher makes them differ): a tie to a node that is not
/// one of the dataset's actors, or in a network the dataset does not contain, is not projected, so it counts nowhere and
/// lists no region here; an actor LOCATED_IN several regions is in its first one only.
/// The query took 1.2-5.5 s a request on a 150,000-tie panel; here it is one pass over the ties.
/// </summary>
public static class RegionalTypology
{
    /// <summary>The query whose columns, conventions and order the rows follow.</summary>
    public const string QueryName = "regional-typology";

    /// <summary>The natures that count as social for regional-social ties (the query's default <c>$socialNatures</c>).</summary>
    public static readonly IReadOnlyList<string> DefaultSocialNatures = ["social", "kinship", "cultural"];

    /// <summary>Least ties of a class for it to be present (the query's default <c>$threshold</c>).</summary>
    public const int DefaultThreshold = 1;

    /// <summary>The columns of <c>regional-typology.cypher</c> (its <c>@returns</c>).</summary>
    public static IReadOnlyList<string> Columns => QueryCatalog.Embedded.Get(QueryName).Columns;

    /// <summary>The regions the query lists, with its figures, by region id (its order).</summary>
    public static IReadOnlyList<RegionTypeRow> Compute(MultiplexNetwork network, AnalysisPeriod period, int threshold, IReadOnlyList<string> socialNatures)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(socialNatures);
        var regionCount = network.Regions.Count;
        var (re, rs, ge, listed) = CountTies(network, period, socialNatures);
        var actors = ActorsPerRegion(network);
        var stored = network.StoredRegionNames.Count == regionCount ? network.StoredRegionNames : null;
        return
        [
            .. Enumerable.Range(0, regionCount).Where(r => listed[r])
                .Select(r => Row(network.Regions[r], stored is null ? network.RegionName(r) : stored[r], actors[r], re[r], rs[r], ge[r], threshold))
                .OrderBy(row => row.RegionId, StringComparer.Ordinal),
        ];
    }

    /// <summary>
    /// One pass over the period's ties: per region its regional-economic, regional-social and global-economic ties
    /// (<see cref="CountTie"/>), and whether any tie of the period has an end in it (the query lists only those). A
    /// self-tie ties no two actors and counts nowhere.
    /// </summary>
    internal static (long[] Re, long[] Rs, long[] Ge, bool[] Listed) CountTies(MultiplexNetwork network, AnalysisPeriod period, IReadOnlyList<string> socialNatures)
    {
        var rule = new PeriodRule(period, network.Time);
        var regionCount = network.Regions.Count;
        long[] re = new long[regionCount], rs = new long[regionCount], ge = new long[regionCount];
        var listed = new bool[regionCount];
        var classes = Classes(network, socialNatures);
        var ties = network.Ties;
        for (var l = 0; l < network.Layers.Count; l++)
        {
            var s = ties.Sources(l);
            var t = ties.Targets(l);
            var w = ties.Waves(l);
            var f = ties.Froms(l);
            var to = ties.Tos(l);
            for (var i = 0; i < s.Length; i++)
            {
                if (ties.IsTimed && !rule.Active(w[i], f[i], to[i])) continue;
                if (s[i] == t[i]) continue;
                var (rSource, rTarget) = (network.RegionOf[s[i]], network.RegionOf[t[i]]);
                if (rSource >= 0) listed[rSource] = true;
                if (rTarget >= 0) listed[rTarget] = true;
                CountTie(classes[l], rSource, rTarget, re, rs, ge);
            }
        }
        return (re, rs, ge, listed);
    }

    /// <summary>The rows as the query answers them, column by column in its order.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, object?>> AsRecords(IReadOnlyList<RegionTypeRow> rows) =>
    [
        .. rows.Select(r => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["regionId"] = r.RegionId, ["regionName"] = r.RegionName, ["actors"] = r.Actors,
            ["regionalEconomicTies"] = r.RegionalEconomicTies, ["regionalEconomicPerActor"] = r.RegionalEconomicPerActor,
            ["regionalSocialTies"] = r.RegionalSocialTies, ["regionalSocialPerActor"] = r.RegionalSocialPerActor,
            ["globalEconomicTies"] = r.GlobalEconomicTies, ["globalEconomicPerActor"] = r.GlobalEconomicPerActor,
            ["regionalEconomic"] = r.RegionalEconomic, ["regionalSocial"] = r.RegionalSocial, ["globalEconomic"] = r.GlobalEconomic,
            ["type"] = r.Type, ["closest"] = r.Closest.Cast<object?>().ToList(), ["rule"] = r.Rule,
        }),
    ];

    /// <summary>Which classes a layer's ties fall in, by nature and the optional scale override (the query's four lists).</summary>
    internal static TieClasses[] Classes(MultiplexNetwork network, IReadOnlyList<string> socialNatures) =>
    [
        .. network.Layers.Select((id, l) =>
        {
            var info = l < network.LayerInfos.Count ? network.LayerInfos[l] : new LayerInfo(id, null, null, null);
            var economic = info.Nature == "economic";
            var regionalOrNone = info.Scale is null or "regional";
            return new TieClasses(economic && regionalOrNone,
                !economic && info.Nature is { } nature && socialNatures.Contains(nature, StringComparer.Ordinal) && regionalOrNone,
                economic && info.Scale is null, economic && info.Scale == "global");
        }),
    ];

    /// <summary>
    /// Counts one tie between two different actors in regions <paramref name="rSource"/> and <paramref name="rTarget"/>
    /// (-1: none): a tie inside a region counts once for it; one leaving counts for each region it touches.
    /// </summary>
    internal static void CountTie(TieClasses classes, int rSource, int rTarget, long[] re, long[] rs, long[] ge)
    {
        if (rSource >= 0 && rSource == rTarget)
        {
            if (classes.ReInside) re[rSource]++;
            if (classes.RsInside) rs[rSource]++;
            if (classes.GeAll) ge[rSource]++;
        }
        else if (classes.GeAll || classes.GeLeaving)
        {
            if (rSource >= 0) ge[rSource]++;
            if (rTarget >= 0) ge[rTarget]++;
        }
    }

    /// <summary>The dataset's actors in each region.</summary>
    internal static long[] ActorsPerRegion(MultiplexNetwork network)
    {
        var actors = new long[network.Regions.Count];
        foreach (var r in network.RegionOf) if (r >= 0) actors[r]++;
        return actors;
    }

    /// <summary>One region's row: presence by <paramref name="threshold"/>, the Figure 1 type, the closest types and the rule as text.</summary>
    internal static RegionTypeRow Row(string id, string? name, long actors, long re, long rs, long ge, int threshold)
    {
        var (reOn, rsOn, geOn) = (re >= threshold, rs >= threshold, ge >= threshold);
        var distances = Figure1.Select(row => (row.Type, Distance: (row.Re == reOn ? 0 : 1) + (row.Rs == rsOn ? 0 : 1) + (row.Ge == geOn ? 0 : 1))).ToList();
        var nearest = distances.Min(d => d.Distance);
        var closest = distances.Where(d => d.Distance == nearest).Select(d => d.Type).ToList();
        var flags = $"RE {YesNo(reOn)} ({re} ties), RS {YesNo(rsOn)} ({rs}), GE {YesNo(geOn)} ({ge}); present when ties >= {threshold}";
        var rule = flags + (nearest == 0
            ? " -> matches Figure 1 row " + closest[0]
            : " -> matches no Figure 1 row (marshallian: RE yes RS yes GE yes; hub-and-spoke: RE yes RS no GE yes; satellite-platform: RE no RS no GE yes); nearest by "
              + nearest + " differing class(es): " + string.Join(", ", closest));
        double PerActor(long ties) => actors == 0 ? 0.0 : (double)ties / actors;
        return new RegionTypeRow(id, name, actors, re, PerActor(re), rs, PerActor(rs), ge, PerActor(ge), reOn, rsOn, geOn,
            nearest == 0 ? closest[0] : "unclassified", closest, rule);
    }

    private static readonly (string Type, bool Re, bool Rs, bool Ge)[] Figure1 =
    [
        ("marshallian", true, true, true), ("hub-and-spoke", true, false, true), ("satellite-platform", false, false, true),
    ];

    private static string YesNo(bool on) => on ? "yes" : "no";
}

/// <summary>The typology classes a layer's ties count in (regional-typology.cypher's reInside, rsInside, geLeaving, geAll).</summary>
internal readonly record struct TieClasses(bool ReInside, bool RsInside, bool GeLeaving, bool GeAll);
