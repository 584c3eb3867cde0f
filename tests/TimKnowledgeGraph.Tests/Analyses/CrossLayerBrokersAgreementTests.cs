using System.Globalization;
using System.Text.Json;
using TimKnowledgeGraph.Graph.Analyses;
using TimKnowledgeGraph.Tests.Infrastructure;
using TimKnowledgeGraph.Tests.Queries;
using static TimKnowledgeGraph.Tests.Queries.QueryFixtures;

namespace TimKnowledgeGraph.Tests.Analyses;

/// <summary>
/// Cross-layer brokers computed on the projection (<see cref="CrossLayerBrokers"/>, which the dataset page and
/// <c>/api/networks/{d}/brokers</c> use) against <c>brokers.cypher</c>, row for row and column for column, in its order:
/// on the graphology fixtures, on every period of the timed panel (and against expected.py there), and on random
/// multiplex networks with repeated classes, layers without a scale, self-ties, parallel ties and isolates.
/// </summary>
public sealed class CrossLayerBrokersAgreementTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    public static TheoryData<string, string> Fixtures => new() { { Multiplex, "zzq-multiplex" }, { Markusen, "zzq-markusen" } };

    public static IEnumerable<object[]> Periods() => TimedExpected.PeriodNames();

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task ShouldGiveTheRowsOfTheQueryAndOfGraphology(string file, string dataset)
    {
        await LoadNetworkAsync(Client, file);

        var computed = await ComputeAsync(dataset, AnalysisPeriod.AllTime, CrossLayerBrokers.DefaultMinClasses);

        Assert.Equal(await QueryLinesAsync(dataset, []), computed.Select(Line));
        var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "expected", dataset + ".json"))).RootElement.GetProperty("brokers");
        Assert.Equal(expected.EnumerateArray().Select(e => (e.GetProperty("actorId").GetString(), e.GetProperty("brokeredPairs").GetInt64())),
            computed.Select(r => ((string?)r.ActorId, r.BrokeredPairs)));
        Assert.NotEmpty(computed);
    }

    [Theory]
    [MemberData(nameof(Periods))]
    public async Task ShouldFollowThePeriodAsTheQueryAndExpectedPyDo(string period)
    {
        await TimedFixtureWriter.WriteAsync(Client);
        var p = TimedExpected.Period(period).ToDictionary(x => x.Item1, x => (string?)x.Item2);

        var computed = await ComputeAsync(TimedFixtureWriter.Id, new AnalysisPeriod(p["wave"], p["from"], p["to"]), CrossLayerBrokers.DefaultMinClasses);

        Assert.Equal(await QueryLinesAsync(TimedFixtureWriter.Id, TimedExpected.Period(period)), computed.Select(Line));
        var expected = TimedExpected.Root.GetProperty("brokers").GetProperty(period);
        Assert.Equal(expected.EnumerateObject().Select(e => (e.Name, e.Value[0].GetInt64(), e.Value[1].GetInt64())).Order(),
            computed.Select(r => (r.ActorId[(TimedFixtureWriter.Id.Length + 1)..], r.ClassCount, r.BrokeredPairs)).Order());
    }

    [Fact]
    public async Task ShouldAgreeWithTheQueryOnRandomMultiplexNetworks()
    {
        var folder = Directory.CreateTempSubdirectory("tkg-brokers-").FullName;
        var (brokers, withPairs) = (0, 0);
        try
        {
            for (var seed = 1; seed <= 12; seed++)
            {
                var dataset = $"zzr-{seed}";
                var file = Path.Combine(folder, dataset + ".json");
                File.WriteAllText(file, RandomNetwork(dataset, new Random(seed)));
                await LoadNetworkAsync(Client, file);
                foreach (var minClasses in new[] { 1, 2, 3 })
                {
                    var computed = await ComputeAsync(dataset, AnalysisPeriod.AllTime, minClasses);
                    Assert.Equal(await QueryLinesAsync(dataset, [("minClasses", (long)minClasses)]), computed.Select(Line));
                    brokers += computed.Count(r => r.ClassCount >= 2);
                    withPairs += computed.Count(r => r.BrokeredPairs > 0);
                }
            }
            // The networks hold what the measure is about: actors across classes, and pairs they broker.
            Assert.True(brokers > 10 && withPairs > 10, $"{brokers} rows across classes, {withPairs} with brokered pairs");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task ShouldAnswerNullForAnUnknownDataset() =>
        Assert.Null(await Service().BrokersAsync("no-such-dataset", AnalysisPeriod.AllTime, 2, TestContext.Current.CancellationToken));

    // Up to 14 actors (some isolated) in up to 4 layers drawn from classes that repeat (two layers of one class) and from
    // layers without a scale; ties at random, some parallel, some self-ties.
    private static string RandomNetwork(string dataset, Random random)
    {
        (string? Scale, string Nature)[] kinds = [("regional", "economic"), ("global", "economic"), ("regional", "social"), (null, "social"), ("regional", "economic")];
        var layers = Enumerable.Range(0, random.Next(1, 5)).Select(l => kinds[random.Next(kinds.Length)])
            .Select((k, l) => new { id = $"{dataset}-l{l}", name = $"L{l}", scale = k.Scale, nature = k.Nature, formality = "formal" }).ToList();
        var actors = Enumerable.Range(0, random.Next(2, 15))
            .Select(a => new { id = $"{dataset}-a{a:00}", name = $"A{a}", kind = "person", region = (string?)null, layers = Array.Empty<string>() }).ToList();
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

    private async Task<IReadOnlyList<CrossLayerBrokerRow>> ComputeAsync(string dataset, AnalysisPeriod period, int minClasses) =>
        (await Service().BrokersAsync(dataset, period, minClasses, TestContext.Current.CancellationToken))!;

    private async Task<List<string>> QueryLinesAsync(string dataset, (string, object?)[] parameters) =>
        [.. (await RunAsync(Client, "brokers", [("dataset", dataset), .. parameters])).RecordList()
            .Select(r => Join(r["actorId"], r["actorName"], r["kind"], r["region"], r["classCount"], Items(r["classes"]), Items(r["bridges"]),
                r["brokeredPairs"], Items(r["score"])))];

    private static string Line(CrossLayerBrokerRow r) =>
        Join(r.ActorId, r.ActorName, r.Kind, r.Region, r.ClassCount, string.Join(",", r.Classes.Select(Show)), string.Join(",", r.Bridges.Select(Show)),
            r.BrokeredPairs, $"{r.ClassCount},{r.BrokeredPairs}");

    private DynamicsService Service() =>
        new(new MeasureService(Client, Microsoft.Extensions.Options.Options.Create(new MeasureOptions())));

    private static string Items(object? list) => string.Join(",", List(list).Select(Show));

    private static string Join(params object?[] values) => string.Join("|", values.Select(Show));

    private static string Show(object? value) => value switch
    {
        null => "null",
        long or int => Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        _ => value.ToString()!,
    };
}
