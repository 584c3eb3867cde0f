using TimKnowledgeGraph.Graph.Analyses;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Analyses;

/// <summary>The measures as rows (API, <c>timkg analyse</c>, the dataset page): what a reader sees beside the figures.</summary>
public sealed class MeasureTableTests
{
    [Fact]
    public void ShouldGiveEachActorsRegionByItsNameBesideItsId()
    {
        // The rows gave only the region's id ("sgio"), and the page's Region column showed it, where dataset.md names the
        // region San Giovanni (the typology beside it said "San Giovanni").
        using var content = new TempContent();
        ReferenceMeasures.WriteClassic("padgett", content.Root);
        var read = FixtureNetworks.Read(content.Root, "padgett");
        var network = read with { StoredRegionNames = [.. read.Regions.Select(r => r == "sgio" ? "San Giovanni" : null)] };
        var measures = MeasureCalculator.Compute(network, new MeasureOptions());

        var rows = MeasureTable.Rows(measures, measures.Aggregate);

        var column = MeasureTable.Columns.ToList();
        var medici = rows.Single(r => (string?)r[column.IndexOf("actorId")] == "medici");
        Assert.Equal("sgio", medici[column.IndexOf("region")]);
        Assert.Equal("San Giovanni", medici[column.IndexOf("regionName")]);
        var albizzi = rows.Single(r => (string?)r[column.IndexOf("actorId")] == "albizzi");
        Assert.Null(albizzi[column.IndexOf("regionName")]);
        Assert.Equal("scro", rows.Single(r => (string?)r[column.IndexOf("actorId")] == "peruzzi")[column.IndexOf("regionName")]);
        Assert.Equal(column.Count, medici.Count);
        Assert.Equal("San Giovanni", MeasureTable.RegionName(network, network.ActorIds.ToList().IndexOf("medici")));
    }

    [Fact]
    public void ShouldGiveInAndOutDegreeAndTheConventionOnEveryRow()
    {
        // Which convention a row follows was nowhere in the output: a reader could not tell a directed figure from an undirected one.
        using var content = new TempContent();
        FixtureNetworks.WriteRandom(content.Root, "mixed", 30, 90, 2, 3, 2, 6);
        var measures = MeasureCalculator.Compute(DirectedMeasureAgreementTests.Directed(FixtureNetworks.Read(content.Root, "mixed"), all: false), new MeasureOptions());
        var column = MeasureTable.Columns.ToList();

        var directed = MeasureTable.Rows(measures, measures.Layers[0]);
        var undirected = MeasureTable.Rows(measures, measures.Layers[1]);

        Assert.All(directed, r => Assert.Equal("directed", r[column.IndexOf("convention")]));
        Assert.All(directed, r => Assert.Equal((long)r[column.IndexOf("degree")]!, (long)r[column.IndexOf("inDegree")]! + (long)r[column.IndexOf("outDegree")]!));
        Assert.Contains(directed, r => (long)r[column.IndexOf("inDegree")]! != (long)r[column.IndexOf("outDegree")]!);
        Assert.All(undirected, r => Assert.Equal(("undirected", null, null), (r[column.IndexOf("convention")], r[column.IndexOf("inDegree")], r[column.IndexOf("outDegree")])));
    }
}
