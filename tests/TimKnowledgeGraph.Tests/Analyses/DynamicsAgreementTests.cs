using System.Globalization;
using System.Text.Json;
using TimKnowledgeGraph.Graph.Analyses;
using TimKnowledgeGraph.Tests.Infrastructure;
using TimKnowledgeGraph.Tests.Queries;
using static TimKnowledgeGraph.Tests.Queries.QueryFixtures;

namespace TimKnowledgeGraph.Tests.Analyses;

/// <summary>
/// The computed route for the analyses by period (DynamicsService, on the projection) against expected.py on the
/// timed-panel fixture, for every period TimedAnalysesTests checks the Cypher queries on (each wave, a one-year window,
/// windows open at either end, a wave and a window together, no period): the same figures by two routes, each held to
/// an independent computation. The typology rows are also compared with regional-typology.cypher column by column.
/// </summary>
public sealed class DynamicsAgreementTests(Neo4jFixture neo4j) : TimedPanelTest(neo4j)
{
    public static IEnumerable<object[]> Periods() => TimedExpected.PeriodNames();

    [Theory]
    [MemberData(nameof(Periods))]
    public async Task ShouldComputeTheOverlapTypologyAndParticipationOfExpectedPy(string period)
    {
        var analysis = (await Service().PeriodAsync(Dataset, PeriodOf(period), withParticipation: true, TestContext.Current.CancellationToken))!;

        var overlap = TimedExpected.Root.GetProperty("overlap").GetProperty(period);
        Assert.Equal(overlap.EnumerateObject().Count(), analysis.Overlap.Count);
        foreach (var row in analysis.Overlap)
        {
            var e = overlap.GetProperty($"{row.LayerA}|{row.LayerB}").EnumerateArray().Select(v => v.GetInt64()).ToArray();
            Assert.Equal(e, new[] { row.ActorsA, row.ActorsB, row.ActorsBoth, row.ActorsEither, row.PairsA, row.PairsB, row.PairsBoth, row.PairsEither });
            Assert.Equal(e[3] == 0 ? 0.0 : (double)e[2] / e[3], row.ActorJaccard, 1e-12);
            Assert.Equal(e[7] == 0 ? 0.0 : (double)e[6] / e[7], row.TieJaccard, 1e-12);
        }

        var typology = TimedExpected.Root.GetProperty("typology").GetProperty(period);
        Assert.Equal(typology.EnumerateObject().Select(p => p.Name).Order(), analysis.Typology.Select(r => r.RegionId).Order());
        foreach (var row in analysis.Typology)
        {
            var e = typology.GetProperty(row.RegionId);
            Assert.Equal((e[0].GetInt64(), e[1].GetInt64(), e[2].GetInt64(), e[3].GetInt64(), e[4].GetString()),
                (row.Actors, row.RegionalEconomicTies, row.RegionalSocialTies, row.GlobalEconomicTies, row.Type));
        }

        var participation = TimedExpected.Root.GetProperty("participation").GetProperty(period);
        Assert.Equal(participation.EnumerateObject().Count(), analysis.Participation!.Count);
        foreach (var row in analysis.Participation)
        {
            var e = participation.GetProperty(LocalId(row.ActorId));
            Assert.Equal(e[0].EnumerateArray().Select(v => v.GetInt32()), row.Degrees);
            Assert.Equal((e[1].GetInt32(), e[2].GetInt32(), e[4].GetInt32()), (row.OverlappingDegree, row.AggregateDegree, row.LayersParticipated));
            Assert.Equal(e[3].GetDouble(), row.Participation, 1e-12);
        }
    }

    [Theory]
    [MemberData(nameof(Periods))]
    public async Task ShouldTypeRegionsAsRegionalTypologyCypherDoes(string period)
    {
        var analysis = (await Service().PeriodAsync(Dataset, PeriodOf(period), withParticipation: false, TestContext.Current.CancellationToken))!;
        var rows = (await RunAsync(Client, "regional-typology", [("dataset", Dataset), .. TimedExpected.Period(period)])).RecordList();

        Assert.Equal(
            rows.Select(r => string.Join("|", r["regionId"], r["regionName"], Long(r["actors"]), Long(r["regionalEconomicTies"]), Long(r["regionalSocialTies"]),
                Long(r["globalEconomicTies"]), Double(r["globalEconomicPerActor"]).ToString("R", CultureInfo.InvariantCulture), r["type"], string.Join(",", List(r["closest"])), r["rule"])),
            analysis.Typology.Select(r => string.Join("|", r.RegionId, r.RegionName, r.Actors, r.RegionalEconomicTies, r.RegionalSocialTies,
                r.GlobalEconomicTies, r.GlobalEconomicPerActor.ToString("R", CultureInfo.InvariantCulture), r.Type, string.Join(",", r.Closest), r.Rule)));
    }

    [Fact]
    public async Task ShouldGiveEveryWaveAndTheTypologyPathInOneCall()
    {
        var timeline = (await Service().TimelineAsync(Dataset, withPairs: false, TestContext.Current.CancellationToken))!;

        Assert.Equal(["w1", "w2", "w3"], timeline.Periods.Select(p => p.Period.Wave));
        var path = (await RunAsync(Client, "typology-path", ("dataset", Dataset))).RecordList();
        Assert.Equal(path.Select(r => $"{r["regionId"]}|{r["wave"]}|{r["type"]}"),
            timeline.Periods.SelectMany(p => p.Typology.Select(t => $"{t.RegionId}|{p.Period.Wave}|{t.Type}")).Order(StringComparer.Ordinal));
        var all = TimedExpected.Root.GetProperty("overlap").GetProperty("all");
        Assert.All(timeline.AllTime.Overlap, r => Assert.Equal(all.GetProperty($"{r.LayerA}|{r.LayerB}")[6].GetInt64(), r.PairsBoth));
    }

    /// <summary>
    /// A region page's path is the timeline's typologies alone (TypologyPathAsync, without the overlap, tie dynamics and
    /// coupling): the same periods and every row the same, column for column, for the latest periods asked for.
    /// </summary>
    [Fact]
    public async Task ShouldGiveARegionsPathAsTheTimelinesTypologies()
    {
        var service = Service();
        var timeline = (await service.TimelineAsync(Dataset, withPairs: false, TestContext.Current.CancellationToken))!;
        var all = (await service.TypologyPathAsync(Dataset, 12, TestContext.Current.CancellationToken))!;
        var latest = (await service.TypologyPathAsync(Dataset, 2, TestContext.Current.CancellationToken))!;

        Assert.Equal(timeline.Periods.Select(p => p.Period), all.Select(p => p.Period));
        Assert.Equal(timeline.Periods.Skip(1).Select(p => p.Period), latest.Select(p => p.Period));
        Assert.Equal(timeline.Periods.Select(p => Lines(p.Typology)), all.Select(p => Lines(p.Typology)));
        Assert.Contains(timeline.Periods, p => p.Typology.Any(t => t.Type != "unclassified"));
        Assert.Null(await service.TypologyPathAsync("no-such-dataset", 12, TestContext.Current.CancellationToken));

        static string Lines(IReadOnlyList<RegionTypeRow> rows) => string.Join("\n", rows.Select(r => string.Join("|", r.RegionId, r.RegionName, r.Actors,
            r.RegionalEconomicTies, r.RegionalSocialTies, r.GlobalEconomicTies, r.RegionalEconomicPerActor.ToString("R", CultureInfo.InvariantCulture),
            r.Type, string.Join(",", r.Closest), r.Rule)));
    }

    /// <summary>The years a timeline without waves takes (TieDynamics.Years) are the years tie dynamics gives rows for.</summary>
    [Fact]
    public async Task ShouldTakeTheTimelinesYearsFromTheTieDynamicsYearRows()
    {
        var network = (await Service().NetworkAsync(Dataset, TestContext.Current.CancellationToken))!;
        var rows = TieDynamics.Compute(network, PairIndex.Build(network), null, null);

        var years = TieDynamics.Years(network);
        Assert.True(years.Count >= 2, "the fixture's ties are dated over several years");
        Assert.Equal(rows.Where(r => r.Basis == "year").Select(r => r.Period).Distinct().Order(StringComparer.Ordinal), years);
    }

    [Fact]
    public async Task ShouldCountTieDynamicsAsTheQueryAndExpectedPy()
    {
        var service = Service();
        AssertLines(TimedExpected.Root.GetProperty("tieDynamics"), (await service.TieDynamicsAsync(Dataset, null, null, TestContext.Current.CancellationToken))!.Select(Line));
        AssertLines(TimedExpected.Root.GetProperty("tieDynamics2009to2010"), (await service.TieDynamicsAsync(Dataset, 2009, 2010, TestContext.Current.CancellationToken))!.Select(Line));

        static string Line(TieDynamicsRow r) => Join(r.Layer, r.Basis, r.Period, r.Previous, r.Active, r.Formed, r.Dissolved, r.Kept, r.Jaccard);
    }

    [Fact]
    public async Task ShouldCountCouplingSequencesAndListThePairs()
    {
        var coupling = (await Service().CouplingAsync(Dataset, withPairs: true, TestContext.Current.CancellationToken))!.Value;

        AssertLines(TimedExpected.Root.GetProperty("couplingByLayer"), coupling.ByLayer.Select(Line));
        AssertLines(TimedExpected.Root.GetProperty("couplingByNature"), coupling.ByNature.Select(Line));
        AssertLines(TimedExpected.Root.GetProperty("couplingPairs"), coupling.Pairs!.Select(r =>
            Join(LocalId(r.ActorA), LocalId(r.ActorB), r.Region, r.LayerA, r.LayerB, r.Basis, r.StartA, r.StartB, r.First, r.Lag)));

        static string Line(CouplingRow r) =>
            Join(r.LayerA, r.LayerB, r.NatureA, r.NatureB, r.Region, r.Basis, r.Pairs, r.AFirst, r.BFirst, r.SamePeriod, r.MedianLagAFirst, r.MedianLagBFirst);
    }

    [Fact]
    public async Task ShouldProjectOnceForMeasuresAndDynamics()
    {
        var measures = new MeasureService(Client, Microsoft.Extensions.Options.Options.Create(new MeasureOptions()));
        var dynamics = new DynamicsService(measures);

        var forDynamics = await dynamics.NetworkAsync(Dataset, TestContext.Current.CancellationToken);
        var forMeasures = (await measures.GetAsync(Dataset, TestContext.Current.CancellationToken))!.Network;

        Assert.Same(forDynamics, forMeasures);
        Assert.NotNull(forDynamics!.Time);
        Assert.Equal(["w1", "w2", "w3"], forDynamics.Time!.Waves);
    }

    [Fact]
    public async Task ShouldAnswerNullForAnUnknownDataset() =>
        Assert.Null(await Service().PeriodAsync("no-such-dataset", AnalysisPeriod.AllTime, withParticipation: false, TestContext.Current.CancellationToken));

    private DynamicsService Service() =>
        new(new MeasureService(Client, Microsoft.Extensions.Options.Options.Create(new MeasureOptions())));

    private static AnalysisPeriod PeriodOf(string name)
    {
        var p = TimedExpected.Period(name).ToDictionary(x => x.Item1, x => (string?)x.Item2);
        return new AnalysisPeriod(p["wave"], p["from"], p["to"]);
    }

    private static string LocalId(string actorId) =>
        actorId.StartsWith(Dataset + "/", StringComparison.Ordinal) ? actorId[(Dataset.Length + 1)..] : actorId;

    private static void AssertLines(JsonElement expected, IEnumerable<string> actual) =>
        Assert.Equal(string.Join("\n", expected.EnumerateArray().Select(Text).Order(StringComparer.Ordinal)),
            string.Join("\n", actual.Order(StringComparer.Ordinal)));

    private static string Text(JsonElement row) => string.Join("|", row.EnumerateArray().Select(v => v.ValueKind switch
    {
        JsonValueKind.Null => "null",
        JsonValueKind.Number => Show(v.GetDouble()),
        _ => v.ToString(),
    }));

    private static string Join(params object?[] values) => string.Join("|", values.Select(Show));

    private static string Show(object? value) => value switch
    {
        null => "null",
        long or int or double => Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture),
        _ => value.ToString()!,
    };
}
