using TimKnowledgeGraph.Graph.Analyses;

namespace TimKnowledgeGraph.Host.Cli;

/// <summary>
/// The tables <c>timkg dynamics</c> prints: each analysis row's columns, named as its Cypher query names them
/// (the records of Graph/Analyses/DynamicsRows.cs stand in for those queries), written out so a renamed or added field is a
/// compile error or a visible edit here rather than a silently different table.
/// </summary>
internal static class DynamicsTables
{
    /// <summary><c>--show overlap</c> (layer-overlap).</summary>
    public static readonly RecordTable<LayerOverlapRow> Overlap = new(
        ("layerA", r => r.LayerA), ("layerAName", r => r.LayerAName), ("layerB", r => r.LayerB), ("layerBName", r => r.LayerBName),
        ("actorsA", r => r.ActorsA), ("actorsB", r => r.ActorsB), ("actorsBoth", r => r.ActorsBoth), ("actorsEither", r => r.ActorsEither),
        ("actorJaccard", r => r.ActorJaccard),
        ("pairsA", r => r.PairsA), ("pairsB", r => r.PairsB), ("pairsBoth", r => r.PairsBoth), ("pairsEither", r => r.PairsEither),
        ("tieJaccard", r => r.TieJaccard));

    /// <summary><c>--show typology</c> (regional-typology).</summary>
    public static readonly RecordTable<RegionTypeRow> Typology = new(
        ("regionId", r => r.RegionId), ("regionName", r => r.RegionName), ("actors", r => r.Actors),
        ("regionalEconomicTies", r => r.RegionalEconomicTies), ("regionalEconomicPerActor", r => r.RegionalEconomicPerActor),
        ("regionalSocialTies", r => r.RegionalSocialTies), ("regionalSocialPerActor", r => r.RegionalSocialPerActor),
        ("globalEconomicTies", r => r.GlobalEconomicTies), ("globalEconomicPerActor", r => r.GlobalEconomicPerActor),
        ("regionalEconomic", r => r.RegionalEconomic), ("regionalSocial", r => r.RegionalSocial), ("globalEconomic", r => r.GlobalEconomic),
        ("type", r => r.Type), ("closest", r => r.Closest), ("rule", r => r.Rule));

    /// <summary><c>--show participation</c> (multiplex-participation).</summary>
    public static readonly RecordTable<ActorParticipationRow> Participation = new(
        ("actorId", r => r.ActorId), ("actorName", r => r.ActorName), ("region", r => r.Region), ("degrees", r => r.Degrees),
        ("overlappingDegree", r => r.OverlappingDegree), ("aggregateDegree", r => r.AggregateDegree),
        ("layersParticipated", r => r.LayersParticipated), ("layersActive", r => r.LayersActive), ("participation", r => r.Participation));

    /// <summary><c>--show path</c>: each region's type in each period, the period first.</summary>
    public static readonly RecordTable<(AnalysisPeriod Period, RegionTypeRow Region)> Path = new(
        ("wave", r => r.Period.Wave), ("from", r => r.Period.From), ("to", r => r.Period.To),
        ("regionId", r => r.Region.RegionId), ("regionName", r => r.Region.RegionName), ("actors", r => r.Region.Actors),
        ("regionalEconomicTies", r => r.Region.RegionalEconomicTies), ("regionalSocialTies", r => r.Region.RegionalSocialTies),
        ("globalEconomicTies", r => r.Region.GlobalEconomicTies), ("type", r => r.Region.Type));

    /// <summary><c>--show tie-dynamics</c> (tie-dynamics).</summary>
    public static readonly RecordTable<TieDynamicsRow> TieDynamics = new(
        ("layer", r => r.Layer), ("layerName", r => r.LayerName), ("basis", r => r.Basis), ("period", r => r.Period),
        ("previous", r => r.Previous), ("active", r => r.Active), ("formed", r => r.Formed), ("dissolved", r => r.Dissolved),
        ("kept", r => r.Kept), ("jaccard", r => r.Jaccard));

    /// <summary><c>--show coupling</c> and <c>coupling-nature</c> (coupling-sequences).</summary>
    public static readonly RecordTable<CouplingRow> Coupling = new(
        ("layerA", r => r.LayerA), ("layerB", r => r.LayerB), ("natureA", r => r.NatureA), ("natureB", r => r.NatureB),
        ("region", r => r.Region), ("basis", r => r.Basis), ("pairs", r => r.Pairs), ("aFirst", r => r.AFirst), ("bFirst", r => r.BFirst),
        ("samePeriod", r => r.SamePeriod), ("medianLagAFirst", r => r.MedianLagAFirst), ("medianLagBFirst", r => r.MedianLagBFirst));

    /// <summary><c>--show coupling-pairs</c> (coupling-pairs).</summary>
    public static readonly RecordTable<CouplingPairRow> CouplingPairs = new(
        ("actorA", r => r.ActorA), ("actorAName", r => r.ActorAName), ("actorB", r => r.ActorB), ("actorBName", r => r.ActorBName),
        ("region", r => r.Region), ("layerA", r => r.LayerA), ("layerB", r => r.LayerB), ("natureA", r => r.NatureA),
        ("natureB", r => r.NatureB), ("basis", r => r.Basis), ("startA", r => r.StartA), ("startB", r => r.StartB),
        ("first", r => r.First), ("lag", r => r.Lag));
}
