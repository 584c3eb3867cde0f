using TimKnowledgeGraph.Graph.Analyses;
using TimKnowledgeGraph.Host.Cli;

namespace TimKnowledgeGraph.Tests.Host;

/// <summary>
/// <c>timkg dynamics</c>'s tables name every field of their row, in declaration order and camelCase, as the named
/// queries do: a field added to a row without a column here fails, as does a column out of order.
/// </summary>
public sealed class DynamicsTablesTests
{
    public static TheoryData<string, IReadOnlyList<string>, Type> Tables => new()
    {
        { "overlap", DynamicsTables.Overlap.Columns, typeof(LayerOverlapRow) },
        { "typology", DynamicsTables.Typology.Columns, typeof(RegionTypeRow) },
        { "participation", DynamicsTables.Participation.Columns, typeof(ActorParticipationRow) },
        { "tie-dynamics", DynamicsTables.TieDynamics.Columns, typeof(TieDynamicsRow) },
        { "coupling", DynamicsTables.Coupling.Columns, typeof(CouplingRow) },
        { "coupling-pairs", DynamicsTables.CouplingPairs.Columns, typeof(CouplingPairRow) },
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void ShouldNameEveryFieldOfItsRowInOrder(string show, IReadOnlyList<string> columns, Type row)
    {
        var fields = row.GetConstructors().Single().GetParameters().Select(p => char.ToLowerInvariant(p.Name![0]) + p.Name[1..]).ToList();

        Assert.True(fields.SequenceEqual(columns), $"{show}: [{string.Join(", ", columns)}] vs {row.Name}({string.Join(", ", fields)})");
    }

    [Fact]
    public void ShouldPrintThePathWithThePeriodFirstAndListsAsPlainValues()
    {
        var region = new RegionTypeRow("r1", "Region 1", 3, 2, 0.6667, 1, 0.3333, 0, 0, true, false, false, "Marshallian", ["hub-and-spoke"], "rule");
        var table = DynamicsTables.Path.From([(new AnalysisPeriod("w1", null, null), region)]);
        var typology = DynamicsTables.Typology.From([region]);

        Assert.Equal(["wave", "from", "to", "regionId", "regionName", "actors", "regionalEconomicTies", "regionalSocialTies", "globalEconomicTies", "type"], table.Columns);
        Assert.Equal(new object?[] { "w1", null, null, "r1", "Region 1", 3L, 2L, 1L, 0L, "Marshallian" }, table.Rows[0]);
        Assert.Equal(new List<object?> { "hub-and-spoke" }, typology.Rows[0][typology.Columns.ToList().IndexOf("closest")]);
        Assert.Empty(DynamicsTables.Overlap.From([]).Columns);
    }
}
