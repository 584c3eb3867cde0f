using TimKnowledgeGraph.Graph.Analyses;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Analyses;

/// <summary>
/// The algorithms, in memory, against NetworkX 3.6 run by python3 on the same fixture files: degree, betweenness,
/// effective size, constraint, Gould–Fernandez roles (a plain Python reference from the definition), multiplex degree
/// and participation, per layer and on the aggregate, to 1e-9.
/// </summary>
public sealed class MeasureAgreementTests
{
    private static readonly MeasureOptions ExactOptions = new() { ExactBetweennessMaxActors = int.MaxValue };

    [Theory]
    [InlineData("karate")]
    [InlineData("florentine")]
    public void ShouldAgreeWithNetworkXOnAClassicNetwork(string name)
    {
        using var content = new TempContent();
        ReferenceMeasures.WriteClassic(name, content.Root);

        var ours = MeasureCalculator.Compute(FixtureNetworks.Read(content.Root, name), ExactOptions);

        ReferenceMeasures.AssertAgree(ReferenceMeasures.Compute(content.Root, ours.Network.Layers), ours);
        Assert.Equal("exact", ours.Method.Label);
    }

    [Fact]
    public void ShouldAgreeWithNetworkXOnPadgettsTwoRelationsWithRegionsAnIsolateAndSingleLayerActors()
    {
        // Padgett's marriage and business ties (the 15 of Padgett & Ansell 1993), made-up regions, the Pucci isolate,
        // four families tied in marriage only, the Albizzi without a region: the cases the definitions treat specially,
        // together in one classic network (the "florentine" fixture's business layer is synthetic and has no regions).
        using var content = new TempContent();
        ReferenceMeasures.WriteClassic("padgett", content.Root);

        var ours = MeasureCalculator.Compute(FixtureNetworks.Read(content.Root, "padgett"), ExactOptions);

        ReferenceMeasures.AssertAgree(ReferenceMeasures.Compute(content.Root, ours.Network.Layers), ours);
        int At(string id) => ours.Network.ActorIds.ToList().IndexOf(id);
        Assert.True(double.IsNaN(ours.Aggregate.Holes.Constraint[At("pucci")]));
        Assert.Equal(0, ours.MultiplexDegree[At("pucci")]);
        Assert.All(new[] { "acciaiuoli", "albizzi", "ridolfi", "strozzi" }, f => Assert.Equal((1, 0.0), (ours.MultiplexDegree[At(f)], ours.Participation[At(f)])));
        Assert.Equal(0L, ours.Aggregate.Roles.Total(At("albizzi"))); // no region: no roles, though it brokers (betweenness > 0)
        Assert.True(ours.Aggregate.Betweenness[At("albizzi")] > 0);
        Assert.Equal(0.41269841269841273, ours.Aggregate.Betweenness[At("medici")], 1e-12);
        Assert.Equal(8L, ours.Aggregate.Roles.Liaison[At("barbadori")]);
    }

    [Theory]
    [InlineData(60, 180, 2, 3, 5, 1)]
    [InlineData(120, 500, 3, 4, 7, 2)]
    [InlineData(40, 300, 4, 2, 0, 3)]
    public void ShouldAgreeWithNetworkXOnAMultiplexNetworkWithRegionsAndIsolates(int actors, int ties, int layers, int regions, int isolates, int seed)
    {
        using var content = new TempContent();
        FixtureNetworks.WriteRandom(content.Root, "random", actors, ties, layers, regions, isolates, seed);

        var ours = MeasureCalculator.Compute(FixtureNetworks.Read(content.Root, "random"), ExactOptions);

        ReferenceMeasures.AssertAgree(ReferenceMeasures.Compute(content.Root, ours.Network.Layers), ours);
        // The fixture has what the definitions treat specially: isolates (NaN structural holes, participation 0) and brokers.
        for (var i = actors - isolates; i < actors; i++)
        {
            Assert.True(double.IsNaN(ours.Aggregate.Holes.Constraint[i]));
            Assert.Equal(0.0, ours.Participation[i]);
        }
        Assert.Contains(Enumerable.Range(0, actors), i => ours.Aggregate.Roles.Representative[i] > 0);
    }

    [Fact]
    public void ShouldGiveTheSameSampledBetweennessWhateverOrderTheActorsAreStoredIn()
    {
        // The sources were drawn by position in storage order (node ids), so the same data imported again, or exported
        // and imported back, got other sampled figures.
        using var content = new TempContent();
        var folder = Path.Combine(content.Root, "sampled");
        FixtureNetworks.WriteRandom(folder, "sampled", 150, 600, 2, 3, 4, 9);
        var options = new MeasureOptions { ExactBetweennessMaxActors = 100, BetweennessSamples = 30, Seed = 7 };
        var stored = MeasureCalculator.Compute(FixtureNetworks.Read(folder, "sampled"), options);
        var actors = File.ReadAllLines(Path.Combine(folder, "actors.csv"));
        File.WriteAllLines(Path.Combine(folder, "actors.csv"), [actors[0], .. actors[1..].Reverse()]);

        var reversed = MeasureCalculator.Compute(FixtureNetworks.Read(folder, "sampled"), options);

        Assert.Equal(stored.Network.ActorIds.Reverse(), reversed.Network.ActorIds);
        var before = stored.Network.ActorIds.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => stored.Aggregate.Betweenness[p.i]);
        for (var i = 0; i < reversed.Network.ActorCount; i++)
            Assert.Equal(before[reversed.Network.ActorIds[i]], reversed.Aggregate.Betweenness[i], 1e-9);
        Assert.Contains(before.Values, b => b > 0);
    }

    [Fact]
    public void ShouldAgreeWithNetworkXOnSampledBetweennessForTheSameSources()
    {
        using var content = new TempContent();
        FixtureNetworks.WriteRandom(content.Root, "sampled", 150, 600, 2, 3, 4, 9);
        var options = new MeasureOptions { ExactBetweennessMaxActors = 100, BetweennessSamples = 30, Seed = 7 };

        var ours = MeasureCalculator.Compute(FixtureNetworks.Read(content.Root, "sampled"), options);
        var sources = Betweenness.DrawSourcesById(ours.Network.ActorIds, 30, 7).Select(i => ours.Network.ActorIds[i]);

        Assert.Equal("sampled, k = 30", ours.Method.Label);
        ReferenceMeasures.AssertAgree(ReferenceMeasures.Compute(content.Root, ours.Network.Layers, sources), ours);
    }
}
