using System.Globalization;
using TimKnowledgeGraph.Graph.Analyses;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Tests.Infrastructure;
using TimKnowledgeGraph.Tests.Queries;
using static TimKnowledgeGraph.Tests.Queries.QueryFixtures;

namespace TimKnowledgeGraph.Tests.Analyses;

/// <summary>
/// Layer overlap computed on the projection (PeriodAnalyses; <c>/api/networks/{d}/overlap</c> and the dataset page)
/// against <c>layer-overlap.cypher</c>, every column in its order, the Jaccard indexes to the last bit: on the graphology
/// fixtures, every period of the timed panel, and random networks without time whose actors list layers they have no
/// tie in (members by PARTICIPATES_IN, as the query counts them; the projection counted only tie ends for a dataset
/// without time), for all time and a window.
/// </summary>
public sealed class LayerOverlapAgreementTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    public static TheoryData<string, string> Fixtures => new() { { Multiplex, "zzq-multiplex" }, { Markusen, "zzq-markusen" } };

    public static IEnumerable<object[]> Periods() => TimedExpected.PeriodNames();

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task ShouldGiveTheRowsOfTheQuery(string file, string dataset)
    {
        await LoadNetworkAsync(Client, file);

        Assert.Equal(await QueryLinesAsync(dataset, []), await ComputedLinesAsync(dataset, AnalysisPeriod.AllTime));
    }

    [Theory]
    [MemberData(nameof(Periods))]
    public async Task ShouldFollowThePeriodAsTheQueryDoes(string period)
    {
        await TimedFixtureWriter.WriteAsync(Client);
        var p = TimedExpected.Period(period).ToDictionary(x => x.Item1, x => (string?)x.Item2);

        Assert.Equal(await QueryLinesAsync(TimedFixtureWriter.Id, TimedExpected.Period(period)),
            await ComputedLinesAsync(TimedFixtureWriter.Id, new AnalysisPeriod(p["wave"], p["from"], p["to"])));
    }

    [Fact]
    public async Task ShouldAgreeWithTheQueryOnRandomNetworksWithListedLayers()
    {
        var folder = Directory.CreateTempSubdirectory("tkg-overlap-").FullName;
        var rows = 0;
        try
        {
            for (var seed = 1; seed <= 12; seed++)
            {
                var dataset = $"zzo-{seed}";
                var file = Path.Combine(folder, dataset + ".json");
                File.WriteAllText(file, MultiplexParticipationAgreementTests.RandomNetwork(dataset, new Random(seed)));
                await LoadNetworkAsync(Client, file);
                foreach (var (from, to) in new (string?, string?)[] { (null, null), ("2001-01-01", "2001-12-31") })
                {
                    var computed = await ComputedLinesAsync(dataset, new AnalysisPeriod(null, from, to));
                    Assert.Equal(await QueryLinesAsync(dataset, [("from", from), ("to", to)]), computed);
                    rows += computed.Count;
                }
            }
            Assert.True(rows > 20, $"{rows} pairs of layers");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task<List<string>> ComputedLinesAsync(string dataset, AnalysisPeriod period) =>
        [.. (await new DynamicsService(new MeasureService(Client, Microsoft.Extensions.Options.Options.Create(new MeasureOptions())))
            .PeriodAsync(dataset, period, withParticipation: false, TestContext.Current.CancellationToken))!.Overlap
            .Select(r => Line(r.AsRecord()))];

    private async Task<List<string>> QueryLinesAsync(string dataset, (string, object?)[] parameters) =>
        [.. (await RunAsync(Client, LayerOverlapRow.QueryName, [("dataset", dataset), .. parameters])).RecordList().Select(Line)];

    private static string Line(IReadOnlyDictionary<string, object?> r) =>
        string.Join("|", r.Select(c => c.Key + "=" + c.Value switch
        {
            null => "null",
            long or int => Convert.ToInt64(c.Value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            var v => v.ToString(),
        }));
}
