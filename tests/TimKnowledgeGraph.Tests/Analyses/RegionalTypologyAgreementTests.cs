using System.Globalization;
using System.Text.Json;
using TimKnowledgeGraph.Graph.Analyses;
using TimKnowledgeGraph.Graph.Queries;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Tests.Infrastructure;
using TimKnowledgeGraph.Tests.Queries;
using static TimKnowledgeGraph.Tests.Queries.QueryFixtures;

namespace TimKnowledgeGraph.Tests.Analyses;

/// <summary>
/// The typology computed on the projection for <c>/api/networks/{d}/typology</c> (<see cref="RegionalTypology"/>) against
/// <c>regional-typology.cypher</c>, row for row and column for column (the per-actor strengths to the last bit), in its
/// order, with its threshold and socialNatures: on the graphology fixtures, every period of the timed panel, and random
/// multiplex networks with regions (named and nameless; regions whose actors have no tie, or only self-ties, or only ties
/// of no class; actors without a region; a region shared with another dataset, and one only its actors are in) and
/// layers of every nature and scale. The query lists only regions whose actors have a tie; the page's typology lists
/// every region, which these rows must not.
/// </summary>
public sealed class RegionalTypologyAgreementTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    public static TheoryData<string, string> Fixtures => new() { { Multiplex, "zzq-multiplex" }, { Markusen, "zzq-markusen" } };

    public static IEnumerable<object[]> Periods() => TimedExpected.PeriodNames();

    // (threshold, socialNatures): the defaults, a higher bar with fewer natures, natures outside the known list, none, and
    // 'economic' listed (an economic layer is never regional-social).
    private static readonly (int Threshold, string[] Natures)[] Settings =
    [
        (1, ["social", "kinship", "cultural"]), (2, ["social"]), (3, ["social", "kinship", "cultural", "epistemic", "political"]), (1, []),
        (1, ["economic", "social"]),
    ];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task ShouldGiveTheRowsOfTheQuery(string file, string dataset)
    {
        await LoadNetworkAsync(Client, file);

        foreach (var (threshold, natures) in Settings)
            Assert.Equal(await QueryLinesAsync(dataset, threshold, natures, []), await ComputedLinesAsync(dataset, AnalysisPeriod.AllTime, threshold, natures));
    }

    [Theory]
    [MemberData(nameof(Periods))]
    public async Task ShouldFollowThePeriodAsTheQueryDoes(string period)
    {
        await TimedFixtureWriter.WriteAsync(Client);
        var p = TimedExpected.Period(period).ToDictionary(x => x.Item1, x => (string?)x.Item2);

        foreach (var (threshold, natures) in Settings)
        {
            var computed = await ComputedLinesAsync(TimedFixtureWriter.Id, new AnalysisPeriod(p["wave"], p["from"], p["to"]), threshold, natures);
            Assert.Equal(await QueryLinesAsync(TimedFixtureWriter.Id, threshold, natures, TimedExpected.Period(period)), computed);
            Assert.NotEmpty(computed);
        }
    }

    [Fact]
    public async Task ShouldAgreeWithTheQueryOnRandomMultiplexNetworksWithRegions()
    {
        var ct = TestContext.Current.CancellationToken;
        // A region other datasets share: another dataset's actors are in it with economic ties among them (which count
        // for that dataset only), and one region only its actors are in (listed for no random dataset).
        await Client.RunAsync([new CypherStatement(
            "CREATE (:Region {id: 'zzt-shared', name: 'Shared'}), (:Region {id: 'zzt-theirs'}) " +
            "CREATE (d:Dataset {id: 'zzt-other', title: 'Other'})-[:CONTAINS]->(n:Network {id: 'zzt-other-l', nature: 'economic'}) " +
            "WITH n UNWIND range(0, 3) AS i MATCH (r:Region {id: CASE WHEN i < 2 THEN 'zzt-shared' ELSE 'zzt-theirs' END}) " +
            "CREATE (r)<-[:LOCATED_IN]-(a:Actor {id: 'zzt-other-a' + i, dataset: 'zzt-other'})-[:PARTICIPATES_IN]->(n) " +
            "WITH collect(a) AS xs UNWIND range(0, 2) AS i WITH xs[i] AS a, xs[i + 1] AS b CREATE (a)-[:TIE {network: 'zzt-other-l'}]->(b)")], ct);
        var folder = Directory.CreateTempSubdirectory("tkg-typology-").FullName;
        var (rows, nameless, types, unlisted) = (0, 0, new HashSet<string>(), 0);
        try
        {
            for (var seed = 1; seed <= 12; seed++)
            {
                var dataset = $"zzt-{seed}";
                var file = Path.Combine(folder, dataset + ".json");
                File.WriteAllText(file, RandomNetwork(dataset, new Random(seed)));
                await LoadNetworkAsync(Client, file);
                foreach (var (threshold, natures) in Settings)
                {
                    var computed = await ComputedLinesAsync(dataset, AnalysisPeriod.AllTime, threshold, natures);
                    Assert.Equal(await QueryLinesAsync(dataset, threshold, natures, []), computed);
                    rows += computed.Count;
                    nameless += computed.Count(l => l.Contains("|regionName=null|", StringComparison.Ordinal));
                    types.UnionWith(computed.Select(l => l.Split('|').Single(c => c.StartsWith("type=", StringComparison.Ordinal))));
                }
                // The dataset page's typology lists regions the query does not (no tie at all): the rows differ by design.
                var page = (await Service().PeriodAsync(dataset, AnalysisPeriod.AllTime, withParticipation: false, ct))!.Typology;
                unlisted += page.Count - (await ComputeAsync(dataset, AnalysisPeriod.AllTime, 1, RegionalTypology.DefaultSocialNatures)).Count;
            }
            // The networks hold what the conventions are about.
            Assert.True(rows > 100 && nameless > 10 && types.Count == 4 && unlisted >= 24,
                $"{rows} rows, {nameless} of nameless regions, types {string.Join(", ", types)}, {unlisted} regions only the page lists");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task ShouldAnswerNullForAnUnknownDataset() =>
        Assert.Null(await Service().TypologyAsync("no-such-dataset", AnalysisPeriod.AllTime, 1, [], TestContext.Current.CancellationToken));

    // Up to 5 layers of any nature and scale; 1-4 regions of the dataset (half without a name) and the shared one; up to
    // 16 actors, some without a region; up to 50 ties at random (parallel ones, both directions, self-ties). Then three
    // regions the random part may not give: one whose actor has no tie (only the page lists it), one whose actor has
    // only a self-tie (idem), and one whose actors are tied only in a political layer (the query lists it, unclassified).
    private static string RandomNetwork(string dataset, Random random)
    {
        string?[] natures = ["economic", "economic", "social", "kinship", "cultural", "epistemic", "political", null];
        string?[] scales = [null, null, "regional", "global", "national"];
        var layers = Enumerable.Range(0, random.Next(1, 6)).Select(l => new Layer(
            $"{dataset}-l{l}", $"L{l}", scales[random.Next(scales.Length)], natures[random.Next(natures.Length)], "formal")).ToList();
        var regions = Enumerable.Range(0, random.Next(1, 5)).Select(r => new Region($"{dataset}-r{r}", r % 2 == 0 ? $"R{r}" : null)).ToList();
        string?[] places = [.. regions.Select(r => r.Id), "zzt-shared", null];
        var actors = Enumerable.Range(0, random.Next(2, 17))
            .Select(a => new Actor($"{dataset}-a{a:00}", $"A{a}", "firm", places[random.Next(places.Length)], [])).ToList();
        var ties = Enumerable.Range(0, random.Next(0, 51))
            .Select(_ => new Tie(actors[random.Next(actors.Count)].Id, actors[random.Next(actors.Count)].Id, layers[random.Next(layers.Count)].Id, null, 1)).ToList();

        layers.Add(new Layer($"{dataset}-pol", "Politics", null, "political", "formal"));
        regions.AddRange([new Region($"{dataset}-quiet", null), new Region($"{dataset}-self", "Self"), new Region($"{dataset}-pol", "Politics")]);
        actors.AddRange([
            new Actor($"{dataset}-q", "Q", "firm", $"{dataset}-quiet", []), new Actor($"{dataset}-s", "S", "firm", $"{dataset}-self", []),
            new Actor($"{dataset}-p1", "P1", "firm", $"{dataset}-pol", []), new Actor($"{dataset}-p2", "P2", "firm", $"{dataset}-pol", []),
        ]);
        ties.AddRange([new Tie($"{dataset}-s", $"{dataset}-s", layers[0].Id, null, 1), new Tie($"{dataset}-p1", $"{dataset}-p2", $"{dataset}-pol", null, 1)]);
        return JsonSerializer.Serialize(new { dataset = new { id = dataset, title = dataset }, layers, regions, actors, ties },
            new JsonSerializerOptions(JsonSerializerDefaults.Web));
    }

    private sealed record Layer(string Id, string Name, string? Scale, string? Nature, string Formality);

    private sealed record Region(string Id, string? Name);

    private sealed record Actor(string Id, string Name, string Kind, string? Region, string[] Layers);

    private sealed record Tie(string Source, string Target, string Layer, string? Resource, int Weight);

    private async Task<IReadOnlyList<RegionTypeRow>> ComputeAsync(string dataset, AnalysisPeriod period, int threshold, IReadOnlyList<string> natures) =>
        (await Service().TypologyAsync(dataset, period, threshold, natures, TestContext.Current.CancellationToken))!;

    private async Task<List<string>> ComputedLinesAsync(string dataset, AnalysisPeriod period, int threshold, string[] natures) =>
        [.. RegionalTypology.AsRecords(await ComputeAsync(dataset, period, threshold, natures)).Select(Line)];

    private async Task<List<string>> QueryLinesAsync(string dataset, int threshold, string[] natures, (string, object?)[] period) =>
        [.. (await RunAsync(Client, RegionalTypology.QueryName,
            [("dataset", dataset), ("threshold", (long)threshold), ("socialNatures", natures.Cast<object?>().ToList()), .. period])).RecordList().Select(Line)];

    private DynamicsService Service() =>
        new(new MeasureService(Client, Microsoft.Extensions.Options.Options.Create(new MeasureOptions())));

    // Every column in the query's order (the record's own order checked too), doubles to the last bit.
    private static string Line(IReadOnlyDictionary<string, object?> r)
    {
        Assert.Equal(QueryCatalog.Embedded.Get(RegionalTypology.QueryName).Columns, r.Keys);
        return string.Join("|", r.Select(c => c.Key + "=" + Show(c.Value)));
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        long or int => Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IEnumerable<object?> list => "[" + string.Join(",", list.Select(Show)) + "]",
        _ => value.ToString()!,
    };
}
