using System.Text.Json;
using TimKnowledgeGraph.Graph.Analyses;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Analyses;

/// <summary>
/// The measures of directed layers (and of the directed aggregate), in memory, against NetworkX 3.6 on DiGraphs run by
/// python3 on the same fixture files (<c>reference/directed.py</c>): in-, out- and total degree, betweenness (exact and
/// sampled), effective size, constraint, and the Gould–Fernandez roles against a plain count from the definition, to 1e-9.
/// </summary>
public sealed class DirectedMeasureAgreementTests
{
    private static readonly MeasureOptions ExactOptions = new() { ExactBetweennessMaxActors = int.MaxValue };

    private static readonly string[] Roles = ["coordinator", "itinerant", "representative", "gatekeeper", "liaison"];

    [Theory]
    [InlineData(60, 180, 2, 3, 5, 1)] // isolates, regions, both layers directed
    [InlineData(120, 500, 3, 4, 7, 2)]
    [InlineData(40, 300, 1, 2, 0, 3)] // dense: many reciprocal arcs and closed two-paths
    public void ShouldAgreeWithNetworkXOnDirectedLayersWithRegionsAndIsolates(int actors, int ties, int layers, int regions, int isolates, int seed)
    {
        using var content = new TempContent();
        FixtureNetworks.WriteRandom(content.Root, "random", actors, ties, layers, regions, isolates, seed);
        var network = Directed(FixtureNetworks.Read(content.Root, "random"), all: true);

        var ours = MeasureCalculator.Compute(network, ExactOptions);

        AssertAgree(Reference(content.Root, network), ours);
        Assert.True(ours.Aggregate.Directed);
        for (var i = actors - isolates; i < actors; i++)
            Assert.True(double.IsNaN(ours.Aggregate.Holes.Constraint[i]) && ours.Aggregate.Degree[i] == 0);
        // Directed roles differ from their symmetrised counts: representative and gatekeeper are no longer equal.
        Assert.Contains(Enumerable.Range(0, actors), i => ours.Aggregate.Roles.Representative[i] != ours.Aggregate.Roles.Gatekeeper[i]);
    }

    [Fact]
    public void ShouldAgreeWithNetworkXWithReciprocalTiesSelfLoopsAndParallelTies()
    {
        using var content = new TempContent();
        FixtureNetworks.WriteRandom(content.Root, "loops", 50, 200, 2, 3, 3, 5);
        // Self-loops, a tie repeated in its layer, and reciprocal pairs (both directions), on top of the random ties.
        File.AppendAllText(Path.Combine(content.Root, "ties.csv"),
            "a0,a0,l0,,1\na7,a7,l1,,1\na1,a2,l0,,1\na1,a2,l0,,1\na2,a1,l0,,1\na3,a9,l1,,1\na9,a3,l1,,1\na9,a3,l1,,1\n");
        var network = Directed(FixtureNetworks.Read(content.Root, "loops"), all: true);

        var ours = MeasureCalculator.Compute(network, ExactOptions);

        var reference = Reference(content.Root, network);
        AssertAgree(reference, ours);
        // The fixture has what NetworkX's two code paths treat differently: actors with incoming ties only.
        Assert.NotEmpty(reference.GetProperty("aggregate").GetProperty("predecessorsOnly").EnumerateArray());
    }

    [Fact]
    public void ShouldAgreeWithNetworkXOnAMixedDatasetWhoseAggregateTakesUndirectedTiesBothWays()
    {
        using var content = new TempContent();
        FixtureNetworks.WriteRandom(content.Root, "mixed", 70, 260, 2, 3, 4, 11);
        var network = Directed(FixtureNetworks.Read(content.Root, "mixed"), all: false); // l0 directed, l1 not

        var ours = MeasureCalculator.Compute(network, ExactOptions);

        AssertAgree(Reference(content.Root, network), ours);
        Assert.True(ours.Layers[0].Directed && !ours.Layers[1].Directed && ours.Aggregate.Directed);
        Assert.Null(ours.Layers[1].InDegree);
    }

    [Fact]
    public void ShouldAgreeWithNetworkXOnSampledDirectedBetweennessForTheSameSources()
    {
        using var content = new TempContent();
        FixtureNetworks.WriteRandom(content.Root, "sampled", 150, 600, 2, 3, 4, 9);
        var options = new MeasureOptions { ExactBetweennessMaxActors = 100, BetweennessSamples = 30, Seed = 7 };
        var network = Directed(FixtureNetworks.Read(content.Root, "sampled"), all: true);

        var ours = MeasureCalculator.Compute(network, options);
        var sources = Betweenness.DrawSourcesById(network.ActorIds, 30, 7).Select(i => network.ActorIds[i]);

        Assert.Equal("sampled, k = 30", ours.Method.Label);
        AssertAgree(Reference(content.Root, network, sources), ours);
    }

    [Fact]
    public void ShouldLeaveUndirectedDatasetsAsTheyWere()
    {
        // No layer declared directed: the same figures as before (up to the parallel sums' order), and no in/out-degree.
        using var content = new TempContent();
        FixtureNetworks.WriteRandom(content.Root, "plain", 60, 180, 2, 3, 5, 1);
        var network = FixtureNetworks.Read(content.Root, "plain");
        var declared = network with { LayerInfos = [.. network.Layers.Select(l => new LayerInfo(l, null, null, null))] };

        var before = MeasureCalculator.Compute(network, ExactOptions);
        var after = MeasureCalculator.Compute(declared, ExactOptions);

        Assert.False(after.Aggregate.Directed);
        Assert.Null(after.Aggregate.InDegree);
        Assert.All(Enumerable.Range(0, network.ActorCount), i => Assert.Equal(before.Aggregate.Betweenness[i], after.Aggregate.Betweenness[i], 1e-12));
        Assert.Equal(before.Aggregate.Roles.Liaison, after.Aggregate.Roles.Liaison);
        ReferenceMeasures.AssertAgree(ReferenceMeasures.Compute(content.Root, network.Layers), after);
    }

    /// <summary>The network with every layer declared directed, or only the first.</summary>
    internal static MultiplexNetwork Directed(MultiplexNetwork network, bool all) =>
        network with { LayerInfos = [.. network.Layers.Select((l, i) => new LayerInfo(l, null, null, null, Directed: all || i == 0))] };

    /// <summary>NetworkX's figures (reference/directed.py) for the fixture in <paramref name="folder"/>, with the network's layers directed as it says.</summary>
    internal static JsonElement Reference(string folder, MultiplexNetwork network, IEnumerable<string>? sources = null)
    {
        var directed = network.Layers.Where((_, i) => network.IsDirected(i)).Select(ReferenceMeasures.LocalLayer);
        var args = new List<string> { folder, "--layers", string.Join(',', network.Layers.Select(ReferenceMeasures.LocalLayer)), "--directed", string.Join(',', directed) };
        if (sources is not null) args.AddRange(["--sources", string.Join(',', sources)]);
        var script = Path.Combine(RepositoryPaths.Root, "tests", "TimKnowledgeGraph.Tests", "Analyses", "reference", "directed.py");
        return JsonSerializer.Deserialize<JsonElement>(Python.Run(script, [.. args]));
    }

    /// <summary>Asserts that every measure of every graph of <paramref name="ours"/> equals the reference's.</summary>
    /// <param name="reference">NetworkX's figures.</param>
    /// <param name="ours">Ours.</param>
    /// <param name="referenceId">The reference's id of one of our actors (an import prefixes ids with the dataset's).</param>
    internal static void AssertAgree(JsonElement reference, NetworkMeasures ours, Func<string, string>? referenceId = null)
    {
        referenceId ??= id => id;
        Compare(reference.GetProperty("aggregate"), ours.Aggregate, ours.Network, "aggregate", referenceId);
        for (var l = 0; l < ours.Network.Layers.Count; l++)
            Compare(reference.GetProperty("layers").GetProperty(ReferenceMeasures.LocalLayer(ours.Network.Layers[l])), ours.Layers[l], ours.Network, ours.Network.Layers[l], referenceId);
    }

    private static void Compare(JsonElement reference, GraphMeasures ours, MultiplexNetwork network, string graph, Func<string, string> referenceId)
    {
        var directed = reference.TryGetProperty("inDegree", out _);
        Assert.Equal(directed, ours.Directed);
        if (directed) Assert.Equal(reference.GetProperty("arcs").GetInt64(), ours.Arcs);
        for (var i = 0; i < network.ActorCount; i++)
        {
            var id = referenceId(network.ActorIds[i]);
            string Where(string measure) => $"{measure} of {id} in {graph}";
            Assert.True(reference.GetProperty("degree").GetProperty(id).GetInt32() == ours.Degree[i], Where("degree"));
            if (directed)
            {
                Assert.True(reference.GetProperty("inDegree").GetProperty(id).GetInt32() == ours.InDegree![i], Where("in-degree"));
                Assert.True(reference.GetProperty("outDegree").GetProperty(id).GetInt32() == ours.OutDegree![i], Where("out-degree"));
            }
            ReferenceMeasures.AssertClose(Number(reference.GetProperty("betweenness").GetProperty(id)), ours.Betweenness[i], Where("betweenness"));
            ReferenceMeasures.AssertClose(Number(reference.GetProperty("effectiveSize").GetProperty(id)), ours.Holes.EffectiveSize[i], Where("effective size"));
            ReferenceMeasures.AssertClose(Number(reference.GetProperty("constraint").GetProperty(id)), ours.Holes.Constraint[i], Where("constraint"));
            long[][] roles = [ours.Roles.Coordinator, ours.Roles.Itinerant, ours.Roles.Representative, ours.Roles.Gatekeeper, ours.Roles.Liaison];
            for (var r = 0; r < Roles.Length; r++)
            {
                var expected = reference.GetProperty(Roles[r]).GetProperty(id).GetInt64();
                Assert.True(expected == roles[r][i], $"{Where(Roles[r])}: reference {expected}, ours {roles[r][i]}");
            }
        }
    }

    private static double Number(JsonElement value) => value.ValueKind == JsonValueKind.Null ? double.NaN : value.GetDouble();
}

/// <summary>
/// One broker worked out by hand from Gould &amp; Fernandez's (1989) definitions (as sna::brokerage documents them:
/// b_IO representative A → A → B, b_OI gatekeeper A → B → B): x in region A with a1 → x, b1 → x, x → a1, x → a2,
/// x → b2, x → c1, and a1 → b2, which closes the pair (a1, b2).
/// </summary>
public sealed class DirectedBrokerageHandExampleTests
{
    [Fact]
    public void ShouldCountEachRoleOfTheHandWorkedBroker()
    {
        string[] actors = ["x", "a1", "a2", "b1", "b2", "c1"];
        int[] regionOf = [0, 0, 0, 1, 1, 2];
        var ties = new TieList(1);
        foreach (var (s, t) in new[] { ("a1", "x"), ("b1", "x"), ("x", "a1"), ("x", "a2"), ("x", "b2"), ("x", "c1"), ("a1", "b2") })
            ties.Add(Array.IndexOf(actors, s), Array.IndexOf(actors, t), 0);
        var network = MultiplexNetwork.Build("hand", actors, [.. actors.Select(a => (string?)a)], regionOf, ["A", "B", "C"], ["advice"], ties)
            with { LayerInfos = [new LayerInfo("advice", null, null, null, Directed: true)] };

        var roles = MeasureCalculator.Compute(network, new MeasureOptions()).Layers[0].Roles;

        // Two-paths through x (a ≠ c, no a → c): (a1, a2) A→A→A coordinator; (a1, c1) A→A→C representative;
        // (b1, a2) and (b1, a1) B→A→A gatekeeper; (b1, b2) B→A→B itinerant; (b1, c1) B→A→C liaison. Not counted:
        // (a1, b2), closed by a1 → b2, and (a1, a1), one actor.
        Assert.Equal((1L, 1L, 1L, 2L, 1L), (roles.Coordinator[0], roles.Itinerant[0], roles.Representative[0], roles.Gatekeeper[0], roles.Liaison[0]));
        // a1's only two-path, x → a1 → b2, is closed by x → b2; nobody else has both an incoming and an outgoing arc.
        Assert.All(Enumerable.Range(1, actors.Length - 1), i => Assert.Equal(0L, roles.Total(i)));
    }
}
