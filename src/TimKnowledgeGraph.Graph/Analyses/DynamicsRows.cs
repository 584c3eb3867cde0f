namespace TimKnowledgeGraph.Graph.Analyses;

// The rows of the computed period analyses: the columns (names and meaning) of the named Cypher queries they stand in for,
// so a plain-Cypher user and an API user read the same figures under the same names.

/// <summary>A row of cypher/layer-overlap.cypher: one unordered pair of layers (LayerA &lt; LayerB by id).</summary>
public sealed record LayerOverlapRow(
    string LayerA, string? LayerAName, string LayerB, string? LayerBName,
    long ActorsA, long ActorsB, long ActorsBoth, long ActorsEither, double ActorJaccard,
    long PairsA, long PairsB, long PairsBoth, long PairsEither, double TieJaccard)
{
    /// <summary>The query that defines the row.</summary>
    public const string QueryName = "layer-overlap";

    /// <summary>The row as layer-overlap.cypher answers it, column by column in its order.</summary>
    public IReadOnlyDictionary<string, object?> AsRecord() => new Dictionary<string, object?>(StringComparer.Ordinal)
    {
        ["layerA"] = LayerA, ["layerAName"] = LayerAName, ["layerB"] = LayerB, ["layerBName"] = LayerBName,
        ["actorsA"] = ActorsA, ["actorsB"] = ActorsB, ["actorsBoth"] = ActorsBoth, ["actorsEither"] = ActorsEither, ["actorJaccard"] = ActorJaccard,
        ["pairsA"] = PairsA, ["pairsB"] = PairsB, ["pairsBoth"] = PairsBoth, ["pairsEither"] = PairsEither, ["tieJaccard"] = TieJaccard,
    };
}

/// <summary>
/// A row of cypher/regional-typology.cypher: one region, its tie classes and its Markusen (1996) type. RegionName is null
/// for a region without a name in <see cref="RegionalTypology"/>'s rows (as the query answers), its id in the page's.
/// </summary>
public sealed record RegionTypeRow(
    string RegionId, string? RegionName, long Actors,
    long RegionalEconomicTies, double RegionalEconomicPerActor, long RegionalSocialTies, double RegionalSocialPerActor,
    long GlobalEconomicTies, double GlobalEconomicPerActor,
    bool RegionalEconomic, bool RegionalSocial, bool GlobalEconomic, string Type, IReadOnlyList<string> Closest, string Rule);

/// <summary>A row of cypher/multiplex-participation.cypher: one actor's degrees per layer and participation coefficient.</summary>
public sealed record ActorParticipationRow(
    string ActorId, string? ActorName, string? Region, IReadOnlyList<int> Degrees, int OverlappingDegree, int AggregateDegree,
    int LayersParticipated, int LayersActive, double Participation);

/// <summary>A row of cypher/tie-dynamics.cypher: ties formed, dissolved and kept in a layer between waves, or spells in a year.</summary>
public sealed record TieDynamicsRow(
    string Layer, string? LayerName, string Basis, string Period, string? Previous,
    long Active, long Formed, long Dissolved, long? Kept, double? Jaccard);

/// <summary>A row of cypher/coupling-sequences.cypher: which layer's tie came first, per pair of layers (or natures) and region.</summary>
public sealed record CouplingRow(
    string? LayerA, string? LayerB, string? NatureA, string? NatureB, string Region, string Basis,
    long Pairs, long AFirst, long BFirst, long SamePeriod, double? MedianLagAFirst, double? MedianLagBFirst);

/// <summary>A row of cypher/coupling-pairs.cypher: one multiplex pair and pair of its layers, when each tie started.</summary>
public sealed record CouplingPairRow(
    string ActorA, string? ActorAName, string ActorB, string? ActorBName, string Region,
    string LayerA, string LayerB, string? NatureA, string? NatureB, string Basis,
    string? StartA, string? StartB, string? First, long? Lag);

/// <summary>The analyses of one period: layer overlap, the typology of every region and (on request) participation per actor.</summary>
public sealed record PeriodAnalysis(
    AnalysisPeriod Period, IReadOnlyList<LayerOverlapRow> Overlap, IReadOnlyList<RegionTypeRow> Typology,
    IReadOnlyList<ActorParticipationRow>? Participation);
