using System.Globalization;
using System.Text.Json;
using TimKnowledgeGraph.Graph.Analyses;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Tests.Infrastructure;
using TimKnowledgeGraph.Tests.Queries;
using static TimKnowledgeGraph.Tests.Queries.QueryFixtures;

namespace TimKnowledgeGraph.Tests.Analyses;

/// <summary>
/// Multiplex participation computed on the projection (<see cref="MultiplexParticipation"/>, which the dataset page and
/// <c>/api/networks/{d}/participation</c> use) against <c>multiplex-participation.cypher</c>, row for row and column for
/// column (the participation to the last bit), in its order: on the graphology fixtures, on every period of the timed
/// panel (and against expected.py there), and on random multiplex networks with listed layers without ties, self-ties,
/// parallel ties, isolates and a second link to one layer, for all time and for a window (where listed participations count by the period rule);
/// there also the participation of <c>/dynamics?…&amp;participation=true</c>, the same figures in its own record.
/// </summary>
public sealed class MultiplexParticipationAgreementTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    public static TheoryData<string, string> Fixtures => new() { { Multiplex, "zzq-multiplex" }, { Markusen, "zzq-markusen" } };

    public static IEnumerable<object[]> Periods() => TimedExpected.PeriodNames();

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task ShouldGiveTheRowsOfTheQuery(string file, string dataset)
    {
        await LoadNetworkAsync(Client, file);

        var computed = await ComputeAsync(dataset, AnalysisPeriod.AllTime);

        Assert.Equal(await QueryLinesAsync(dataset, []), computed.Select(Line));
        Assert.Contains(computed, r => r.Participation > 0);
    }

    [Theory]
    [MemberData(nameof(Periods))]
    public async Task ShouldFollowThePeriodAsTheQueryAndExpectedPyDo(string period)
    {
        await TimedFixtureWriter.WriteAsync(Client);
        var p = TimedExpected.Period(period).ToDictionary(x => x.Item1, x => (string?)x.Item2);

        var computed = await ComputeAsync(TimedFixtureWriter.Id, new AnalysisPeriod(p["wave"], p["from"], p["to"]));

        Assert.Equal(await QueryLinesAsync(TimedFixtureWriter.Id, TimedExpected.Period(period)), computed.Select(Line));
        var expected = TimedExpected.Root.GetProperty("participation").GetProperty(period);
        Assert.Equal(expected.EnumerateObject().Count(), computed.Count);
        foreach (var row in computed)
        {
            var e = expected.GetProperty(row.ActorId[(TimedFixtureWriter.Id.Length + 1)..]);
            Assert.Equal(e[0].EnumerateArray().Select(v => v.GetInt64()), row.Degrees.Select(d => d.Degree));
            Assert.Equal((e[1].GetInt64(), e[2].GetInt64(), e[4].GetInt64()), (row.OverlappingDegree, row.AggregateDegree, row.LayersParticipated));
            Assert.Equal(e[3].GetDouble(), row.Participation, 1e-12);
        }
    }

    [Fact]
    public async Task ShouldAgreeWithTheQueryOnRandomMultiplexNetworks()
    {
        var folder = Directory.CreateTempSubdirectory("tkg-participation-").FullName;
        var (multiplex, listedOnly, doubled) = (0, 0, 0L);
        try
        {
            for (var seed = 1; seed <= 12; seed++)
            {
                var dataset = $"zzp-{seed}";
                var file = Path.Combine(folder, dataset + ".json");
                File.WriteAllText(file, RandomNetwork(dataset, new Random(seed)));
                await LoadNetworkAsync(Client, file);
                // The loaders write one PARTICIPATES_IN per actor and layer; a second one (as a Browser user may write)
                // counts twice without a period, as the query counts links.
                if (seed % 2 == 0)
                    doubled += (await Client.RunAsync([CypherStatement.Of(
                        "MATCH (a:Actor {dataset: $d})-[:PARTICIPATES_IN]->(n) WITH a, n ORDER BY a.id, n.id LIMIT 1 CREATE (a)-[:PARTICIPATES_IN]->(n) RETURN count(*)",
                        ("d", dataset))], TestContext.Current.CancellationToken))[0].Rows.Sum(r => (long)r[0]!);
                // All time counts PARTICIPATES_IN links; a window counts layers with a tie or a listed participation.
                foreach (var (from, to) in new (string?, string?)[] { (null, null), ("2001-01-01", "2001-12-31") })
                {
                    var computed = await ComputeAsync(dataset, new AnalysisPeriod(null, from, to));
                    Assert.Equal(await QueryLinesAsync(dataset, [("from", from), ("to", to)]), computed.Select(Line));
                    // /dynamics?…&participation=true and `timkg dynamics --show participation` give the same figures.
                    var dynamics = (await Service().PeriodAsync(dataset, new AnalysisPeriod(null, from, to), withParticipation: true, TestContext.Current.CancellationToken))!;
                    Assert.Equal(computed.Select(r => Join(r.ActorId, r.Region, string.Join(",", r.Degrees.Select(d => d.Degree)), r.OverlappingDegree,
                            r.AggregateDegree, r.LayersParticipated, r.LayersActive, r.Participation)),
                        dynamics.Participation!.Select(r => Join(r.ActorId, r.Region, string.Join(",", r.Degrees), r.OverlappingDegree,
                            r.AggregateDegree, r.LayersParticipated, r.LayersActive, r.Participation)));
                    multiplex += computed.Count(r => r.LayersActive >= 2);
                    listedOnly += computed.Count(r => r.LayersParticipated > r.LayersActive);
                }
            }
            // The networks hold what the columns are about: actors active in several layers, and layers listed without a tie.
            Assert.True(multiplex > 10 && listedOnly > 10 && doubled >= 5,
                $"{multiplex} rows in several layers, {listedOnly} with a listed layer without ties, {doubled} doubled links");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task ShouldAnswerNullForAnUnknownDataset() =>
        Assert.Null(await Service().ParticipationAsync("no-such-dataset", AnalysisPeriod.AllTime, TestContext.Current.CancellationToken));

    // Up to 14 actors (some isolated, some listing layers they have no tie in) in up to 4 layers; ties at random, some
    // parallel, some in both directions, some self-ties.
    internal static string RandomNetwork(string dataset, Random random)
    {
        var layers = Enumerable.Range(0, random.Next(1, 5))
            .Select(l => new { id = $"{dataset}-l{l}", name = $"L{l}", scale = "regional", nature = l % 2 == 0 ? "economic" : "social", formality = "formal" }).ToList();
        var actors = Enumerable.Range(0, random.Next(2, 15)).Select(a => new
        {
            id = $"{dataset}-a{a:00}", name = $"A{a}", kind = a % 3 == 0 ? null : "firm", region = (string?)null,
            layers = layers.Where(_ => random.Next(3) == 0).Select(l => l.id).ToArray(),
        }).ToList();
        var ties = Enumerable.Range(0, random.Next(0, 40)).Select(_ => new
        {
            source = actors[random.Next(actors.Count)].id,
            target = actors[random.Next(actors.Count)].id,
            layer = layers[random.Next(layers.Count)].id,
            resource = (string?)null,
            weight = 1,
        }).ToList();
        return JsonSerializer.Serialize(new { dataset = new { id = dataset, title = dataset }, layers, regions = Array.Empty<object>(), actors, ties });
    }

    private async Task<IReadOnlyList<MultiplexParticipationRow>> ComputeAsync(string dataset, AnalysisPeriod period) =>
        (await Service().ParticipationAsync(dataset, period, TestContext.Current.CancellationToken))!;

    private async Task<List<string>> QueryLinesAsync(string dataset, (string, object?)[] parameters) =>
        [.. (await RunAsync(Client, MultiplexParticipation.QueryName, [("dataset", dataset), .. parameters])).RecordList()
            .Select(r => Join(r["actorId"], r["actorName"], r["kind"], r["region"], r["layersInDataset"], r["layersParticipated"], r["layersActive"],
                string.Join(",", List(r["degrees"]).Select(Map).Select(d => Show(d["layer"]) + ":" + Show(d["degree"]))),
                r["overlappingDegree"], r["aggregateDegree"], r["participation"]))];

    private static string Line(MultiplexParticipationRow r) =>
        Join(r.ActorId, r.ActorName, r.Kind, r.Region, r.LayersInDataset, r.LayersParticipated, r.LayersActive,
            string.Join(",", r.Degrees.Select(d => d.Layer + ":" + Show(d.Degree))), r.OverlappingDegree, r.AggregateDegree, r.Participation);

    private DynamicsService Service() =>
        new(new MeasureService(Client, Microsoft.Extensions.Options.Options.Create(new MeasureOptions())));

    private static string Join(params object?[] values) => string.Join("|", values.Select(Show));

    // Doubles to the last bit ("R"): the computed coefficient is the query's, not one close to it.
    private static string Show(object? value) => value switch
    {
        null => "null",
        long or int => Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        _ => value.ToString()!,
    };
}
