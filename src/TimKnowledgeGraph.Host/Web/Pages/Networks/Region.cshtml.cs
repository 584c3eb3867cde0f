using Microsoft.AspNetCore.Mvc;
using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Graph.Analyses;
using TimKnowledgeGraph.Host.Web.Data;
using TimKnowledgeGraph.Host.Web.Data.Rows;

namespace TimKnowledgeGraph.Host.Web.Pages.Networks;

/// <summary>
/// One region as a network dataset sees it: its actors, its ties inside and leaving it per layer, and its Markusen
/// district type with the figures that decide it, overall (or in the period the query string names) and, for a dataset
/// with time, in every period on the timeline. The types are the dataset page's own, kept per version of the dataset, so
/// every region page of a dataset shares one computation with it: the computed route on the projection
/// (<see cref="DynamicsService.PeriodAsync"/>, <see cref="DatasetAnalyses"/>, with or without time), where a region with
/// no tie of Figure 1's three classes in the period has no type. The path over time is the timeline's typologies alone
/// (<see cref="DynamicsService.TypologyPathAsync"/>). A first visit to a region of a 150,000-tie panel took 1-3.5 s
/// while it counted every tie in Neo4j (web-layers, 0.4-0.8 s, for the path's bound) and computed the whole timeline
/// (overlap, tie dynamics and coupling too, 0.3-0.9 s); without time, regional-typology ran on Neo4j.
/// </summary>
internal sealed class RegionModel(WebGraph graph, DynamicsService dynamics, DatasetAnalysisCache cache) : WebPage
{
    /// <summary>Most actors listed; the region's actor count says how many there are.</summary>
    public const int ActorRows = 500;

    /// <summary>The region and its dataset.</summary>
    public RegionRow Region { get; private set; } = new(null, null, null, null, 0);

    /// <summary>The first <see cref="ActorRows"/> actors, by name.</summary>
    public IReadOnlyList<RegionActorRow> Actors { get; private set; } = [];

    /// <summary>Its ties per layer of the dataset, in <see cref="Period"/>.</summary>
    public IReadOnlyList<RegionLayerTiesRow> Ties { get; private set; } = [];

    /// <summary>Its type in <see cref="Period"/>, or null when none of its actors has a tie (of the three classes, for a dataset with time) then.</summary>
    public RegionTypeRow? Type { get; private set; }

    /// <summary>False when the build lacks the typology query.</summary>
    public bool TypologyAvailable { get; private set; }

    /// <summary>The content's description of each district type, by concept id.</summary>
    public IReadOnlyDictionary<string, DistrictTypeRow> TypeConcepts { get; private set; } = new Dictionary<string, DistrictTypeRow>();

    /// <summary>The period shown (all time unless the query string names one).</summary>
    public DatasetPeriod Period { get; private set; } = DatasetPeriod.AllTime;

    /// <summary>Why the query string's period was not taken, or null.</summary>
    public string? PeriodProblem { get; private set; }

    /// <summary>The dataset's waves, in order.</summary>
    public IReadOnlyList<string> Waves { get; private set; } = [];

    /// <summary>The waves' declared names, one per wave when any has one ("" for none).</summary>
    public IReadOnlyList<string> WaveNames { get; private set; } = [];

    /// <summary>True when the dataset carries time.</summary>
    public bool Timed { get; private set; }

    /// <summary>True when the dataset is too large to type every period while the reader waits (the dataset page's bound).</summary>
    public bool PathTooLarge { get; private set; }

    /// <summary>The region's type in each period of the dataset's timeline (null: no tie in it), in time order.</summary>
    public IReadOnlyList<(DatasetPeriod Period, RegionTypeRow? Type)> Path { get; private set; } = [];

    /// <summary>This page's address, without a period.</summary>
    public string Here => PageLinks.Region(Region.DatasetId ?? "", Region.RegionId ?? "");

    /// <summary>Reads the region <paramref name="region"/> of <paramref name="dataset"/>.</summary>
    public async Task<IActionResult> OnGetAsync(string dataset, string region, string? wave, string? from, string? to, CancellationToken cancellationToken)
    {
        Crumbs.Add(new("Networks", "/networks"));
        var answers = await graph.RunAsync(
        [
            PageQuery.Of("web-dataset", ("dataset", dataset)),
            PageQuery.Of("web-region", ("dataset", dataset), ("region", region)),
            PageQuery.Of("web-region-actors", ("dataset", dataset), ("region", region), ("limit", (long)ActorRows)),
            PageQuery.Of("web-district-types"),
            WebBibliography.Query,
        ], cancellationToken);
        if (answers.Of("web-dataset").As<DatasetNodeRow>() is not [{ Node: { } node } found])
            return await NotFoundPageAsync($"No network dataset with id “{dataset}”", GraphSchema.Dataset, dataset, cancellationToken);
        Crumbs.Add(new(node.Title ?? dataset, PageLinks.Dataset(dataset)));
        if (answers.Of("web-region").As<RegionRow>() is not [var row])
            return NotFoundPage($"No region with id “{region}”");
        if (row.Actors == 0)
            return NotFoundPage($"No actor of dataset “{dataset}” is located in region “{row.RegionName ?? region}”");

        Region = row;
        Title = row.RegionName ?? region;
        Crumbs.Add(new(Title));
        Actors = answers.Of("web-region-actors").As<RegionActorRow>();
        TypeConcepts = answers.Of("web-district-types").As<DistrictTypeRow>().Where(t => t.Id is not null).ToDictionary(t => t.Id!, StringComparer.Ordinal);
        Bibliography = WebBibliography.From(answers.Of(WebBibliography.Query.Name));
        Waves = node.Waves;
        WaveNames = node.WaveNames;
        Timed = Waves.Count > 0 || node.Timed;
        (Period, PeriodProblem) = Timed ? DatasetPeriod.Parse(wave, from, to, Waves) : (DatasetPeriod.AllTime, null);

        var version = found.Version;
        var ties = graph.RunAsync(PageQuery.Of("web-region-ties", [("dataset", dataset), ("region", region), .. Period.Parameters]), cancellationToken);
        var typology = await cache.GetAsync($"{dataset}|typology|{Period.QueryString}", version, token => TypologyAsync(dataset, token), cancellationToken);
        Ties = (await ties).As<RegionLayerTiesRow>();
        TypologyAvailable = typology.Available;
        Type = Mine(typology.Rows);

        if (Timed)
        {
            // The dataset page's bound, on the projection's ties (the dataset page sums web-layers, which also counts a
            // tie to a node outside the dataset's actors: only hand-written Cypher makes one).
            var network = await dynamics.NetworkAsync(dataset, cancellationToken) ?? throw Disappeared(dataset);
            PathTooLarge = network.Ties.Count > DatasetModel.MaxTimelineTies;
            if (!PathTooLarge)
            {
                var path = await cache.GetAsync($"{dataset}|typology-path", version, async token =>
                    await dynamics.TypologyPathAsync(dataset, DatasetTimeline.MaxPeriods, token) ?? throw Disappeared(dataset), cancellationToken);
                // As the timeline shows them (DatasetTimeline.ReadAsync): only regions with a tie of the three classes.
                Path = [.. path.Select(p => (new DatasetPeriod(p.Period.Wave, p.Period.From, p.Period.To),
                    p.Typology.Where(r => r.RegionId == Region.RegionId).Select(RegionTypeRow.From).FirstOrDefault(r => r.HasClassedTies)))];
            }
        }
        return Page();
    }

    /// <summary>The types over time on the one time axis: each period's type, linked to its concept, with its figures.</summary>
    public TimelineView PathTimeline => new(
        $"District type of {Title} per period",
        [
            .. Path.Select(p => new TimelineMark(p.Period.Wave ?? p.Period.Label, Here + p.Period.QueryString + "#type", p.Period == Period,
                [new TimelineLabel(DistrictTypes.Name(p.Type?.Type), DistrictTypes.ConceptId(p.Type?.Type) is { } c ? PageLinks.Concept(c) : null,
                    "type-" + (p.Type?.Type ?? "none"), p.Type is { } t ? Figures(t) : null)])),
        ],
        "Each period's type by the rule of Figure 1; below it the ties that decide it (RE regional economic, RS regional social, GE global economic). Select a period to see its figures and ties.",
        "types");

    /// <summary>The three classes' tie counts, short.</summary>
    public static string Figures(RegionTypeRow t) => $"RE {t.RegionalEconomicTies} · RS {t.RegionalSocialTies} · GE {t.GlobalEconomicTies}";

    /// <summary>The content's description of a type, or null when the graph lacks its concept.</summary>
    public DistrictTypeRow? ConceptOf(string? type) =>
        DistrictTypes.ConceptId(type) is { } id && TypeConcepts.TryGetValue(id, out var concept) ? concept : null;

    // The dataset's typology in the period, computed as on the dataset page; only regions with a tie of the three
    // classes (as on the timeline): one with none has no type (nothing to type), also in a dataset without time, where
    // regional-typology calls it unclassified when its actors' ties are all of no class.
    private async Task<PageAnswer<RegionTypeRow>> TypologyAsync(string dataset, CancellationToken cancellationToken)
    {
        var typology = DatasetAnalyses.TypologyRows(await DatasetAnalyses.ComputedAsync(dynamics, dataset, Period, cancellationToken));
        return typology with { Rows = [.. typology.Rows.Where(t => t.HasClassedTies)] };
    }

    private static InvalidOperationException Disappeared(string dataset) => new($"dataset '{dataset}' disappeared while its page was read");

    private RegionTypeRow? Mine(IReadOnlyList<RegionTypeRow> typology) => typology.FirstOrDefault(r => r.RegionId == Region.RegionId);
}
