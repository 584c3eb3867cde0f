using TimKnowledgeGraph.Graph.Analyses;
using TimKnowledgeGraph.Graph.Queries;

namespace TimKnowledgeGraph.Host.Web.Pages.Networks;

/// <summary>A region as one dataset sees it (<c>web-region</c>): <see cref="Actors"/> is 0 when none of its actors is there.</summary>
[QueryRow("web-region")]
internal sealed record RegionRow(string? RegionId, string? RegionName, string? DatasetId, string? DatasetTitle, long Actors);

/// <summary>One actor of the region (<c>web-region-actors</c>) with the names of its layers.</summary>
[QueryRow("web-region-actors")]
internal sealed record RegionActorRow(string? ActorId, string? ActorName, string? Kind, IReadOnlyList<string> Layers);

/// <summary>The region's ties in one layer (<c>web-region-ties</c>): inside it, and leaving it.</summary>
[QueryRow("web-region-ties")]
internal sealed record RegionLayerTiesRow(string? LayerId, string? LayerName, string? Nature, string? Scale, long Inside, long ToOtherRegions, long ToNoRegion)
{
    /// <summary>Ties with one end in the region and the other outside it.</summary>
    public long Leaving => ToOtherRegions + ToNoRegion;
}

/// <summary>One region's Markusen type and the figures that decide it (<c>regional-typology</c>).</summary>
[QueryRow("regional-typology")]
internal sealed record RegionTypeRow(
    string? RegionId, string? RegionName, long Actors,
    long RegionalEconomicTies, double RegionalEconomicPerActor,
    long RegionalSocialTies, double RegionalSocialPerActor,
    long GlobalEconomicTies, double GlobalEconomicPerActor,
    bool RegionalEconomic, bool RegionalSocial, bool GlobalEconomic,
    string? Type, IReadOnlyList<string> Closest, string? Rule)
{
    /// <summary>The computed route's row (<see cref="DynamicsService.PeriodAsync"/>), column for column.</summary>
    public static RegionTypeRow From(TimKnowledgeGraph.Graph.Analyses.RegionTypeRow row) => new(
        row.RegionId, row.RegionName, row.Actors,
        row.RegionalEconomicTies, row.RegionalEconomicPerActor, row.RegionalSocialTies, row.RegionalSocialPerActor,
        row.GlobalEconomicTies, row.GlobalEconomicPerActor, row.RegionalEconomic, row.RegionalSocial, row.GlobalEconomic,
        row.Type, row.Closest, row.Rule);

    /// <summary>
    /// True when the region has a tie of one of Figure 1's three classes. Without one there is nothing to type: the
    /// computed route still gives such a region a row (all counts 0, "unclassified"), which the pages show as no ties
    /// rather than as a district type.
    /// </summary>
    public bool HasClassedTies => RegionalEconomicTies + RegionalSocialTies + GlobalEconomicTies > 0;
}

/// <summary>A district type as the content describes it (<c>web-district-types</c>).</summary>
[QueryRow("web-district-types")]
internal sealed record DistrictTypeRow(string? Id, string? Name, string? Summary);
