using TimKnowledgeGraph.Graph.Import;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Loading;

/// <summary>
/// A first import's actor statement finds each group's region by the unique index, never by a scan of the Regions: a
/// dataset may have thousands of regions, and a scan (or the copy of a region list) per actor grew with them. Checked
/// on the real Neo4j's plan (EXPLAIN), on a store with many regions, with a new text each time (Neo4j 3.1 keeps a
/// cached plan until the statistics have changed by half; a comment would not make a new entry).
/// </summary>
public sealed class ImportPlanTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    [Fact]
    public async Task ShouldFindAGroupsRegionByTheUniqueIndex()
    {
        await Client.RunAsync([CypherStatement.Of("UNWIND range(1, 2000) AS i CREATE (:Region {id: 'plan-r' + i})")], TestContext.Current.CancellationToken);
        var rows = ImportStatements.GroupedByRegion([["a1", "A", "firm", 2L, "plan-r1", 0L], ["a2", "B", "firm", 3L, null, 1L]]);
        var result = await Client.RunAsync([CypherStatement.Of($"EXPLAIN WITH 1 AS fresh{Guid.NewGuid():N} " + ImportStatements.CreateActors,
            ("rows", rows), ("p", "plan/"), ("d", "plan"), ("run", 1L))], TestContext.Current.CancellationToken);
        var plan = result[0].Plan!.SelfAndDescendants().Select(p => p.OperatorType).ToList();

        Assert.Contains(plan, p => p.StartsWith("NodeUniqueIndexSeek", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, p => p is "NodeByLabelScan" or "AllNodesScan");
    }

    [Fact]
    public void ShouldGroupRowsByRegionKeepingEachRowWhole()
    {
        object?[] north1 = ["a1", "A", "firm", 2L, "north", 0L], none = ["a2", "B", "firm", 3L, null, 1L], north2 = ["a3", "C", "firm", 4L, "north", 2L];

        var groups = ImportStatements.GroupedByRegion([north1, none, north2]);

        Assert.Equal(2, groups.Length);
        Assert.Equal(new object?[] { "north", new[] { north1, north2 } }, (object?[])groups[0]!);
        Assert.Equal(new object?[] { null, new[] { none } }, (object?[])groups[1]!);
    }
}
