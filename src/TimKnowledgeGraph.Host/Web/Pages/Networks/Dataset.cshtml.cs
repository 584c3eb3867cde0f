using Microsoft.AspNetCore.Mvc;
using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Graph.Analyses;
using TimKnowledgeGraph.Host.Web.Data;
using TimKnowledgeGraph.Host.Web.Data.Rows;
using TimKnowledgeGraph.Host.Web.Graph;

namespace TimKnowledgeGraph.Host.Web.Pages.Networks;

/// <summary>
/// One network dataset: its layers, the layer-overlap heat maps, actors by number of layers, brokers, the Markusen
/// typology of its regions with the rule shown, and every tie (as a table, and as a graph when scripts run). A dataset
/// with time (waves or dated ties) shows the analyses for one period (<c>?wave=</c>, <c>?from=&amp;to=</c>; overlap and
/// typology computed on the projection, <see cref="DatasetAnalyses"/>) and its timeline: overlap and regional types per
/// period side by side, tie formation and dissolution, coupling sequences.
/// </summary>
internal sealed class DatasetModel(WebGraph graph, DatasetAnalysisCache cache, DynamicsService dynamics) : WebPage
{
    /// <summary>The dataset's properties.</summary>
    public DatasetNode Dataset { get; private set; } = null!;

    /// <summary>The rendered dataset description.</summary>
    public string BodyHtml { get; private set; } = "";

    /// <summary>web-layers rows.</summary>
    public IReadOnlyList<LayerRow> Layers { get; private set; } = [];

    /// <summary>web-ties rows: the first <see cref="TieRows"/>.</summary>
    public IReadOnlyList<TieRow> Ties { get; private set; } = [];

    /// <summary>Layer overlap in <see cref="Period"/> (<c>layer-overlap</c>'s rows, computed on the projection as <c>/api/networks/{d}/overlap</c>).</summary>
    public PageAnswer<OverlapRow> Overlap { get; private set; } = null!;

    /// <summary>The <c>multiplex-participation</c> query: the first <see cref="ActorRows"/> actors.</summary>
    public PageAnswer<ParticipationRow> Participation { get; private set; } = null!;

    /// <summary>The <c>brokers</c> query: the first <see cref="ActorRows"/> brokers.</summary>
    public PageAnswer<BrokerRow> Brokers { get; private set; } = null!;

    /// <summary>The typology in <see cref="Period"/> (<c>regional-typology</c>'s rows, computed on the projection; every region with actors), by region id.</summary>
    public PageAnswer<RegionTypeRow> Typology { get; private set; } = null!;

    /// <summary>The period the analyses show (all time unless the query string names one).</summary>
    public DatasetPeriod Period { get; private set; } = DatasetPeriod.AllTime;

    /// <summary>Why the query string's period was not taken, or null.</summary>
    public string? PeriodProblem { get; private set; }

    /// <summary>The dataset's waves, in order (none when it has none).</summary>
    public IReadOnlyList<string> Waves { get; private set; } = [];

    /// <summary>The waves' declared names, one per wave when any has one ("" for none).</summary>
    public IReadOnlyList<string> WaveNames { get; private set; } = [];

    /// <summary>The dataset over time, or null when it carries no time or is too large to analyse per period on a page.</summary>
    public DatasetTimeline? Timeline { get; private set; }

    /// <summary>True when the dataset carries time: waves, or ties or participations with dates.</summary>
    public bool Timed { get; private set; }

    /// <summary>True when the dataset carries time but has more than <see cref="MaxTimelineTies"/> ties.</summary>
    public bool TimelineTooLarge { get; private set; }

    /// <summary>
    /// Most ties for which the page computes the timeline: above it, the page says how to get the same figures from the
    /// CLI and the API instead of keeping a reader waiting. The timeline is computed on the projection (one read of the
    /// ties for all periods, docs/benchmarks.md "Analyses by period"), no longer by the named queries once per period,
    /// so the cut-off rose from 200,000 to the benchmark's 1M-tie panel (and a margin).
    /// </summary>
    public const long MaxTimelineTies = 2_000_000;

    /// <summary>Evidence drawn from this dataset.</summary>
    public IReadOnlyList<EvidenceFromRow> Evidence { get; private set; } = [];

    /// <summary>The overlap rows as a matrix over the layers.</summary>
    public OverlapMatrix Matrix => new(Layers, Overlap.Rows);

    /// <summary>Most rows of an actor table (participation, brokers) on the page; the API has them all.</summary>
    public const int ActorRows = 100;

    /// <summary>Most ties listed (and drawn) on the page; the exports have them all.</summary>
    public const int TieRows = 500;

    /// <summary>How many actors the participation analysis has in all (the page lists the first <see cref="ActorRows"/>).</summary>
    public int ParticipationTotal { get; private set; }

    /// <summary>How many brokers the analysis found in all (the page lists the first <see cref="ActorRows"/>).</summary>
    public int BrokersTotal { get; private set; }

    /// <summary>How many ties the dataset has, from the layers' sizes (the page lists the first <see cref="TieRows"/>).</summary>
    public long TiesTotal => Layers.Sum(l => l.Ties);

    /// <summary>
    /// Reads the dataset, then its analyses. Every query starts from the dataset's own nodes, so the page costs what this
    /// dataset holds, whatever other datasets hold; the analyses and the layers' sizes are computed once per version of
    /// the dataset (<see cref="DatasetAnalysisCache"/>) rather than per request.
    /// </summary>
    public async Task<IActionResult> OnGetAsync(string dataset, string? wave, string? from, string? to, CancellationToken cancellationToken)
    {
        Crumbs.Add(new("Networks", "/networks"));
        var answers = await graph.RunAsync(
        [
            PageQuery.Of("web-dataset", ("dataset", dataset)),
            PageQuery.Of("web-link-index"),
            PageQuery.Of("web-evidence-from", ("id", dataset)),
            WebBibliography.Query,
        ], cancellationToken);
        if (answers.Of("web-dataset").As<DatasetNodeRow>() is not [{ Node: { } node } found]) return await NotFoundPageAsync($"No network dataset with id “{dataset}”", GraphSchema.Dataset, dataset, cancellationToken);
        Dataset = node;
        Title = node.Title ?? dataset;
        Crumbs.Add(new(Title));
        var bibliography = answers.Of(WebBibliography.Query.Name);
        BodyHtml = WebGraph.RenderNote(node.Body, node.SourceFile, WebGraph.Links(answers.Of("web-link-index"), bibliography));
        Bibliography = WebBibliography.From(bibliography);
        Evidence = answers.Of("web-evidence-from").As<EvidenceFromRow>();
        Waves = node.Waves;
        WaveNames = node.WaveNames;
        (Period, PeriodProblem) = DatasetPeriod.Parse(wave, from, to, Waves);
        Timed = Waves.Count > 0 || node.Timed;

        var version = found.Version;
        var basics = await cache.GetAsync(DatasetBasics.Key(dataset), version, token => DatasetBasics.ReadAsync(graph, dataset, token), cancellationToken);
        var analyses = await cache.GetAsync($"{dataset}|{Period.QueryString}", version,
            token => DatasetAnalyses.ReadAsync(dynamics, dataset, Period, token), cancellationToken);
        (Layers, Ties, Overlap, Typology) = (basics.Layers, basics.Ties, analyses.Overlap, analyses.Typology);
        Participation = analyses.Participation with { Rows = TopActors(analyses.Participation.Rows) };
        Brokers = analyses.Brokers with { Rows = [.. analyses.Brokers.Rows.Take(ActorRows)] };
        (ParticipationTotal, BrokersTotal) = (analyses.Participation.Rows.Count, analyses.Brokers.Rows.Count);

        TimelineTooLarge = Timed && TiesTotal > MaxTimelineTies;
        if (Timed && !TimelineTooLarge)
            Timeline = await cache.GetAsync(TimelineKey(dataset), version,
                token => DatasetTimeline.ReadAsync(dynamics, dataset, token), cancellationToken);
        return Page();
    }

    /// <summary>The cache key of a dataset's timeline, which its region pages read too (one computation for both).</summary>
    internal static string TimelineKey(string dataset) => $"{dataset}|timeline";

    // The page's order (most active layers, then participation, then name), cut to the first ActorRows.
    private static IReadOnlyList<ParticipationRow> TopActors(IReadOnlyList<ParticipationRow> rows) =>
        [.. rows.OrderByDescending(a => a.LayersActive).ThenByDescending(a => a.Participation).ThenBy(a => a.ActorName, StringComparer.Ordinal).Take(ActorRows)];

    /// <summary>The actor-overlap heat map.</summary>
    public HeatmapView ActorHeatmap => new(Matrix, ShortName, OverlapOf.Actors, $"Actor overlap between layers (Jaccard index on actor sets), {Period.Label}");

    /// <summary>The tie-overlap heat map.</summary>
    public HeatmapView TieHeatmap => new(Matrix, ShortName, OverlapOf.Ties, $"Tie overlap between layers (Jaccard index on undirected actor pairs), {Period.Label}");

    /// <summary>The tie-overlap heat map of the i-th period of the timeline, small.</summary>
    public HeatmapView PeriodHeatmap(int period) =>
        new(new OverlapMatrix(Layers, Timeline!.Overlaps[period]), ShortName, OverlapOf.Ties, Timeline.Periods[period].Label, Small: true);

    /// <summary>A layer's short name for column headers: its id within the dataset.</summary>
    public string ShortName(string? layerId) =>
        Layers.FirstOrDefault(l => l.Id == layerId)?.Layer ?? layerId ?? "";
}
