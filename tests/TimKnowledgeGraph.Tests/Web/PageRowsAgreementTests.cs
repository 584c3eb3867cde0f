using TimKnowledgeGraph.Graph.Analyses;
using TimKnowledgeGraph.Graph.Queries;
using TimKnowledgeGraph.Host.Web.Pages.Networks;
using TimKnowledgeGraph.Tests.Infrastructure;
using TimKnowledgeGraph.Tests.Queries;
using RegionTypeRow = TimKnowledgeGraph.Host.Web.Pages.Networks.RegionTypeRow;
using static TimKnowledgeGraph.Tests.Queries.QueryFixtures;

namespace TimKnowledgeGraph.Tests.Web;

/// <summary>
/// The dataset and region pages read a timed dataset's periods from the computed route (DynamicsService) and a dataset
/// without time from the named queries, into the same typed rows (participation: the computed route for both). The rows the computed records are turned into
/// (explicit code: RegionTypeRow.From, OverlapRow.From, ParticipationRow.From) must be the very rows the named queries bind to, column for
/// column, in every period of the timed panel: a swapped argument of the same type compiles, and fails here.
/// </summary>
public sealed class PageRowsAgreementTests(Neo4jFixture neo4j) : TimedPanelTest(neo4j)
{
    private static readonly IReadOnlyList<string> NoList = [];

    public static IEnumerable<object[]> Periods() => TimedExpected.PeriodNames();

    [Theory]
    [MemberData(nameof(Periods))]
    public async Task ShouldTurnTheComputedTypologyIntoTheRowsRegionalTypologyBindsTo(string period)
    {
        var analysis = await ComputeAsync(period);
        var bound = RowBinder.BindAll<RegionTypeRow>((await RunAsync(Client, "regional-typology", [("dataset", Dataset), .. TimedExpected.Period(period)])).Records());
        var computed = analysis.Typology.Select(RegionTypeRow.From).OrderBy(r => r.RegionId, StringComparer.Ordinal).ToList();

        Assert.NotEmpty(bound);
        // Records compare lists by reference: the closest types are compared on their own.
        Assert.Equal(bound.Select(r => r with { Closest = NoList }), computed.Select(r => r with { Closest = NoList }));
        Assert.Equal(bound.Select(r => string.Join(",", r.Closest)), computed.Select(r => string.Join(",", r.Closest)));
        Assert.All(computed, r => Assert.True(r.HasClassedTies, $"{r.RegionId} has ties of the three classes in {period} by expected.py"));
    }

    [Theory]
    [MemberData(nameof(Periods))]
    public async Task ShouldTurnTheComputedOverlapIntoTheRowsLayerOverlapBindsTo(string period)
    {
        var analysis = await ComputeAsync(period);
        var bound = RowBinder.BindAll<OverlapRow>((await RunAsync(Client, "layer-overlap", [("dataset", Dataset), .. TimedExpected.Period(period)])).Records());

        Assert.Equal(3, bound.Count);
        Assert.Equal(bound, analysis.Overlap.Select(OverlapRow.From));
        Assert.All(bound, r => Assert.Equal((r.ActorJaccard, r.ActorsBoth, r.ActorsEither, r.TieJaccard, r.PairsBoth, r.PairsEither),
            (r.Jaccard(OverlapOf.Actors), r.Both(OverlapOf.Actors), r.Either(OverlapOf.Actors), r.Jaccard(OverlapOf.Ties), r.Both(OverlapOf.Ties), r.Either(OverlapOf.Ties))));
    }

    // Participation comes from the computed route for every dataset: ParticipationRow.From takes three longs in a row.
    [Theory]
    [MemberData(nameof(Periods))]
    public async Task ShouldTurnTheComputedParticipationIntoTheRowsMultiplexParticipationBindsTo(string period)
    {
        var p = TimedExpected.Period(period).ToDictionary(x => x.Item1, x => (string?)x.Item2);
        var computed = await Service().ParticipationAsync(Dataset, new AnalysisPeriod(p["wave"], p["from"], p["to"]), TestContext.Current.CancellationToken);
        var bound = RowBinder.BindAll<ParticipationRow>((await RunAsync(Client, "multiplex-participation", [("dataset", Dataset), .. TimedExpected.Period(period)])).Records());

        Assert.NotEmpty(bound);
        Assert.Equal(bound, DatasetAnalyses.ParticipationRows(computed!).Rows);
        Assert.Contains(bound, r => r.LayersParticipated != r.LayersActive || r.LayersActive != r.OverlappingDegree);
    }

    private DynamicsService Service() => new(new MeasureService(Client, Microsoft.Extensions.Options.Options.Create(new MeasureOptions())));

    private async Task<PeriodAnalysis> ComputeAsync(string period)
    {
        var p = TimedExpected.Period(period).ToDictionary(x => x.Item1, x => (string?)x.Item2);
        return (await Service().PeriodAsync(Dataset, new AnalysisPeriod(p["wave"], p["from"], p["to"]), withParticipation: false, TestContext.Current.CancellationToken))!;
    }
}
