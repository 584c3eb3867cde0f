using System.Text.Json;
using TimKnowledgeGraph.Tests.Infrastructure;
using static TimKnowledgeGraph.Tests.Queries.QueryFixtures;

namespace TimKnowledgeGraph.Tests.Queries;

/// <summary>
/// layer-overlap, multiplex-participation and brokers agree with an independent implementation. The expected values in
/// Fixtures/expected/*.json were produced without Cypher by Fixtures/independent/compute.mjs with graphology 0.26.0 on
/// node 20.20.2 (`cd Fixtures/independent &amp;&amp; npm ci &amp;&amp; node compute.mjs ../multiplex.json ../markusen.json`).
/// </summary>
public sealed class NetworkFigureTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    private const double Tolerance = 1e-9;

    public static TheoryData<string, string> Datasets => new() { { Multiplex, "zzq-multiplex" }, { Markusen, "zzq-markusen" } };

    [Theory]
    [MemberData(nameof(Datasets))]
    public async Task Layer_overlap_matches_graphology(string file, string dataset)
    {
        await LoadNetworkAsync(Client, file);
        var expected = Expected(dataset).GetProperty("overlap").EnumerateArray().ToList();
        var actual = (await RunAsync(Client, "layer-overlap", ("dataset", dataset))).RecordList();
        Assert.Equal(expected.Count, actual.Count);
        foreach (var (e, a) in expected.Zip(actual))
        {
            Assert.Equal((e.GetProperty("layerA").GetString(), e.GetProperty("layerB").GetString()), ((string?)a["layerA"], (string?)a["layerB"]));
            foreach (var count in new[] { "actorsBoth", "actorsEither", "pairsBoth", "pairsEither" })
                Assert.Equal(e.GetProperty(count).GetInt64(), Long(a[count]));
            Assert.Equal(e.GetProperty("actorJaccard").GetDouble(), Double(a["actorJaccard"]), Tolerance);
            Assert.Equal(e.GetProperty("tieJaccard").GetDouble(), Double(a["tieJaccard"]), Tolerance);
        }
    }

    [Theory]
    [MemberData(nameof(Datasets))]
    public async Task Participation_and_degrees_match_graphology(string file, string dataset)
    {
        await LoadNetworkAsync(Client, file);
        var expected = Expected(dataset).GetProperty("participation").EnumerateArray().ToList();
        var actual = (await RunAsync(Client, "multiplex-participation", ("dataset", dataset))).RecordList();
        Assert.Equal(expected.Select(e => e.GetProperty("actorId").GetString()), actual.Select(a => (string?)a["actorId"]));
        foreach (var (e, a) in expected.Zip(actual))
        {
            var degrees = List(a["degrees"]).Select(Map).Select(d => ((string)d["layer"]!, Long(d["degree"])));
            Assert.Equal(e.GetProperty("degrees").EnumerateArray().Select(d => (d.GetProperty("layer").GetString()!, d.GetProperty("degree").GetInt64())), degrees);
            Assert.Equal(e.GetProperty("overlappingDegree").GetInt64(), Long(a["overlappingDegree"]));
            Assert.Equal(e.GetProperty("aggregateDegree").GetInt64(), Long(a["aggregateDegree"]));
            Assert.Equal(e.GetProperty("participation").GetDouble(), Double(a["participation"]), Tolerance);
        }
    }

    [Theory]
    [MemberData(nameof(Datasets))]
    public async Task Brokers_match_graphology(string file, string dataset)
    {
        await LoadNetworkAsync(Client, file);
        var expected = Expected(dataset).GetProperty("brokers").EnumerateArray().ToList();
        var actual = (await RunAsync(Client, "brokers", ("dataset", dataset))).RecordList();
        Assert.Equal(expected.Select(e => e.GetProperty("actorId").GetString()), actual.Select(a => (string?)a["actorId"]));
        foreach (var (e, a) in expected.Zip(actual))
        {
            Assert.Equal(e.GetProperty("classCount").GetInt64(), Long(a["classCount"]));
            Assert.Equal(e.GetProperty("classes").EnumerateArray().Select(c => c.GetString()), List(a["classes"]).Cast<string?>());
            Assert.Equal(e.GetProperty("brokeredPairs").GetInt64(), Long(a["brokeredPairs"]));
        }
    }

    [Fact]
    public async Task Participation_is_the_Battiston_formula_on_a_worked_example()
    {
        // Hand check, independent of both implementations: Cas has degrees family 2, rsa 2, trade 1, uni 0 (M = 4, o = 5):
        // P = 4/3 * (1 - (4 + 4 + 1) / 25) = 4/3 * 16/25 = 0.8533...
        await LoadNetworkAsync(Client, Multiplex);
        var cas = (await RunAsync(Client, "multiplex-participation", ("dataset", "zzq-multiplex"))).RecordList().Single(r => (string)r["actorId"]! == "zzq-c");
        Assert.Equal(4.0 / 3.0 * 16.0 / 25.0, Double(cas["participation"]), Tolerance);
    }

    private static JsonElement Expected(string dataset) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "expected", dataset + ".json"))).RootElement;
}
