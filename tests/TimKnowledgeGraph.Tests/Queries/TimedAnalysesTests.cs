using System.Text.Json;
using TimKnowledgeGraph.Tests.Infrastructure;
using static TimKnowledgeGraph.Tests.Queries.QueryFixtures;

namespace TimKnowledgeGraph.Tests.Queries;

/// <summary>
/// The analyses by period, tie dynamics and coupling sequences (issue #15) on the timed-panel fixture, every figure
/// against expected.py (NetworkX / plain Python over the same CSV files), for every period it defines: each wave, a
/// one-year window, windows open at either end, a wave and a window together, and no period at all.
/// </summary>
public sealed class TimedAnalysesTests(Neo4jFixture neo4j) : TimedPanelTest(neo4j)
{
    public static IEnumerable<object[]> Periods() => TimedExpected.PeriodNames();

    [Theory]
    [MemberData(nameof(Periods))]
    public async Task Layer_overlap_counts_only_what_is_active_in_the_period(string period)
    {
        var rows = (await RunAsync(Client, "layer-overlap", [("dataset", Dataset), .. TimedExpected.Period(period)])).RecordList();
        var expected = TimedExpected.Root.GetProperty("overlap").GetProperty(period);
        Assert.Equal(expected.EnumerateObject().Count(), rows.Count);
        foreach (var row in rows)
        {
            var e = expected.GetProperty($"{row["layerA"]}|{row["layerB"]}").EnumerateArray().Select(v => v.GetInt64()).ToArray();
            string[] columns = ["actorsA", "actorsB", "actorsBoth", "actorsEither", "pairsA", "pairsB", "pairsBoth", "pairsEither"];
            Assert.Equal(e, columns.Select(c => Long(row[c])).ToArray());
            Assert.Equal(e[3] == 0 ? 0.0 : (double)e[2] / e[3], Double(row["actorJaccard"]), 1e-12);
            Assert.Equal(e[7] == 0 ? 0.0 : (double)e[6] / e[7], Double(row["tieJaccard"]), 1e-12);
        }
    }

    [Theory]
    [MemberData(nameof(Periods))]
    public async Task Layer_overlap_in_one_go_equals_the_parts(string period)
    {
        // The @split parts (actors by id % parts) must add up to the same answer with a period as without.
        var whole = (await RunInOneGoAsync(Client, "layer-overlap", [("dataset", Dataset), .. TimedExpected.Period(period)])).RecordList();
        var parts = (await RunAsync(Client, "layer-overlap", [("dataset", Dataset), .. TimedExpected.Period(period)])).RecordList();
        Assert.Equal(whole.Select(r => (Long(r["actorsBoth"]), Long(r["pairsBoth"]))), parts.Select(r => (Long(r["actorsBoth"]), Long(r["pairsBoth"]))));
    }

    [Theory]
    [MemberData(nameof(Periods))]
    public async Task Regional_typology_follows_the_period(string period)
    {
        var rows = (await RunAsync(Client, "regional-typology", [("dataset", Dataset), .. TimedExpected.Period(period)])).RecordList();
        var expected = TimedExpected.Root.GetProperty("typology").GetProperty(period);
        Assert.Equal(expected.EnumerateObject().Select(p => p.Name).Order(), rows.Select(r => (string)r["regionId"]!).Order());
        foreach (var row in rows)
        {
            var e = expected.GetProperty((string)row["regionId"]!);
            Assert.Equal((e[0].GetInt64(), e[1].GetInt64(), e[2].GetInt64(), e[3].GetInt64(), e[4].GetString()),
                (Long(row["actors"]), Long(row["regionalEconomicTies"]), Long(row["regionalSocialTies"]), Long(row["globalEconomicTies"]), (string?)row["type"]));
        }
    }

    [Theory]
    [MemberData(nameof(Periods))]
    public async Task Multiplex_participation_follows_the_period(string period)
    {
        var rows = (await RunAsync(Client, "multiplex-participation", [("dataset", Dataset), .. TimedExpected.Period(period)])).RecordList();
        var expected = TimedExpected.Root.GetProperty("participation").GetProperty(period);
        Assert.Equal(expected.EnumerateObject().Count(), rows.Count);
        foreach (var row in rows)
        {
            var e = expected.GetProperty(LocalId((string)row["actorId"]!));
            Assert.Equal(e[0].EnumerateArray().Select(v => v.GetInt64()), List(row["degrees"]).Select(d => Long(((IReadOnlyDictionary<string, object?>)d!)["degree"])));
            Assert.Equal((e[1].GetInt64(), e[2].GetInt64(), e[4].GetInt64()),
                (Long(row["overlappingDegree"]), Long(row["aggregateDegree"]), Long(row["layersParticipated"])));
            Assert.Equal(e[3].GetDouble(), Double(row["participation"]), 1e-12);
        }
    }

    [Theory]
    [MemberData(nameof(Periods))]
    public async Task Brokers_follow_the_period(string period)
    {
        var rows = (await RunAsync(Client, "brokers", [("dataset", Dataset), .. TimedExpected.Period(period)])).RecordList();
        var expected = TimedExpected.Root.GetProperty("brokers").GetProperty(period);
        Assert.Equal(expected.EnumerateObject().Select(p => (p.Name, p.Value[0].GetInt64(), p.Value[1].GetInt64())).Order(),
            rows.Select(r => (LocalId((string)r["actorId"]!), Long(r["classCount"]), Long(r["brokeredPairs"]))).Order());
    }

    [Fact]
    public async Task Typology_path_gives_each_region_its_type_per_wave_in_one_query()
    {
        var rows = (await RunAsync(Client, "typology-path", ("dataset", Dataset))).RecordList();
        var typology = TimedExpected.Root.GetProperty("typology");
        var expected = new[] { "w1", "w2", "w3" }.SelectMany(w => typology.GetProperty(w).EnumerateObject().Select(r =>
            $"{r.Name}|{w}|{r.Value[0]}|{r.Value[1]}|{r.Value[2]}|{r.Value[3]}|{r.Value[4]}"));
        Assert.Equal(Lines(expected), Lines(rows.Select(r => string.Join("|", new[] { "regionId", "wave", "actors", "regionalEconomicTies", "regionalSocialTies", "globalEconomicTies", "type" }.Select(c => Show(r[c]))))));
        // The same answer as regional-typology run once per wave.
        foreach (var wave in new[] { "w1", "w2", "w3" })
        {
            var single = (await RunAsync(Client, "regional-typology", ("dataset", Dataset), ("wave", wave))).RecordList();
            Assert.Equal(single.Select(r => ((string)r["regionId"]!, (string)r["type"]!)), rows.Where(r => (string)r["wave"]! == wave).Select(r => ((string)r["regionId"]!, (string)r["type"]!)));
        }
    }

    [Fact]
    public async Task Tie_dynamics_match_the_panel_tie_change_counts_and_the_spells_per_year()
    {
        AssertTieDynamics(TimedExpected.Root.GetProperty("tieDynamics"), (await RunAsync(Client, "tie-dynamics", ("dataset", Dataset))).RecordList());
        // Years cut to a window typed as years (2009 .. 2010); the wave rows do not depend on it.
        var window = QueryParameters("tie-dynamics", ("dataset", Dataset), ("from", "2009"), ("to", "2010"));
        AssertTieDynamics(TimedExpected.Root.GetProperty("tieDynamics2009to2010"), (await RunAsync(Client, "tie-dynamics", window)).RecordList());
    }

    [Fact]
    public async Task Coupling_sequences_count_which_tie_came_first_per_pair_of_layers_and_region()
    {
        AssertCoupling(TimedExpected.Root.GetProperty("couplingByLayer"), (await RunAsync(Client, "coupling-sequences", ("dataset", Dataset))).RecordList());
        AssertCoupling(TimedExpected.Root.GetProperty("couplingByNature"),
            (await RunAsync(Client, "coupling-sequences", ("dataset", Dataset), ("groupBy", "nature"))).RecordList());
    }

    [Fact]
    public async Task Coupling_pairs_list_the_pairs_behind_the_counts()
    {
        var rows = (await RunAsync(Client, "coupling-pairs", ("dataset", Dataset))).RecordList();
        string[] columns = ["actorA", "actorB", "region", "layerA", "layerB", "basis", "startA", "startB", "first", "lag"];
        Assert.Equal(TimedExpected.Root.GetProperty("couplingPairs").EnumerateArray().Select(Text).Order(StringComparer.Ordinal),
            rows.Select(r => string.Join("|", columns.Select(c => c is "actorA" or "actorB" ? LocalId((string)r[c]!) : r[c]?.ToString() ?? "null"))).Order(StringComparer.Ordinal));
        var onlyAdvice = (await RunAsync(Client, "coupling-pairs", ("dataset", Dataset), ("layerA", $"{Dataset}/advice"))).RecordList();
        Assert.Equal(5, onlyAdvice.Count);
        Assert.All(onlyAdvice, r => Assert.Equal($"{Dataset}/advice", r["layerA"]));
    }

    // The queries name actors by their graph id (<dataset>/<local id>); expected.py by the CSV's id.
    private static string LocalId(string actorId) =>
        actorId.StartsWith(Dataset + "/", StringComparison.Ordinal) ? actorId[(Dataset.Length + 1)..] : actorId;

    private static void AssertTieDynamics(JsonElement expected, List<IReadOnlyDictionary<string, object?>> rows)
    {
        string[] columns = ["layer", "basis", "period", "previous", "active", "formed", "dissolved", "kept", "jaccard"];
        Assert.Equal(Lines(expected.EnumerateArray().Select(Text)), Lines(rows.Select(r => string.Join("|", columns.Select(c => Show(r[c]))))));
    }

    private static void AssertCoupling(JsonElement expected, List<IReadOnlyDictionary<string, object?>> rows)
    {
        string[] columns = ["layerA", "layerB", "natureA", "natureB", "region", "basis", "pairs", "aFirst", "bFirst", "samePeriod", "medianLagAFirst", "medianLagBFirst"];
        Assert.Equal(Lines(expected.EnumerateArray().Select(Text)), Lines(rows.Select(r => string.Join("|", columns.Select(c => Show(r[c]))))));
    }

    // Rows as sorted lines: a failure shows the differing line.
    private static string Lines(IEnumerable<string> rows) => string.Join("\n", rows.Order(StringComparer.Ordinal));

    // One row as text, numbers in one form on both sides (2 and 2.0 are both "2").
    private static string Text(JsonElement row) => string.Join("|", row.EnumerateArray().Select(v => v.ValueKind switch
    {
        JsonValueKind.Null => "null",
        JsonValueKind.Number => Show(v.GetDouble()),
        _ => v.ToString(),
    }));

    private static string Show(object? value) => value switch
    {
        null => "null",
        long or int or double => Double(value).ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString()!,
    };

    private static (string, object?)[] QueryParameters(string query, params (string Name, string Value)[] raw)
    {
        // As every surface does: text values through the binder (a year becomes the first or last day).
        var (bound, errors) = Graph.Queries.QueryParameterBinder.Bind(Graph.Queries.QueryCatalog.Embedded.Get(query), raw.ToDictionary(r => r.Name, r => r.Value));
        Assert.Empty(errors);
        return bound.Select(p => (p.Key, p.Value)).ToArray();
    }
}
