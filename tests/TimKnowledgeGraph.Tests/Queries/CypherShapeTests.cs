using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Queries;

/// <summary>Every named query uses only the declared labels, relationship types and properties (GraphModel/Shapes).</summary>
public sealed class CypherShapeTests
{
    public static TheoryData<string> Files() =>
        [.. Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "cypher"), "*.cypher").Select(Path.GetFileName).OfType<string>().Order()];

    [Theory]
    [MemberData(nameof(Files))]
    public void Cypher_file_uses_only_declared_shapes(string file)
    {
        var problems = CypherShapeChecker.Check(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "cypher", file)));

        Assert.True(problems.Count == 0, $"{file}:\n{string.Join('\n', problems)}");
    }

    [Fact]
    public void Undeclared_label_type_and_property_are_found_where_they_are_written()
    {
        var problems = CypherShapeChecker.Check(
            "MATCH (a:Actor {nmae: $x})-[t:TIE|KNOWS]->(b:Actr)\nWHERE t.validFrom <= $to RETURN a.name, t.wieght");

        Assert.Equal(
        [
            "line 1: property 'nmae' is not declared for Actor",
            "line 1: 'KNOWS' is not a declared label or relationship type",
            "line 1: 'Actr' is not a declared label or relationship type",
            "line 2: property 't.wieght' is not declared for TIE",
        ], problems);
    }

    [Fact]
    public void Strings_comments_and_map_keys_are_not_read_as_shapes()
    {
        var problems = CypherShapeChecker.Check(
            "// (a:Nope) a.nope\nMATCH (a:Actor) WHERE a.name <> 'x.y (b:Nope)' /* [r:NOPE] */\nRETURN {nope: a.name, n: [(a)-[:TIE]->(b:Actor) | b.id]} AS m, m.nope, " +
            "[(a)-[s]->(o) | o.title + s.quote]");

        Assert.Empty(problems);
    }

    [Fact]
    public void An_unlabelled_pattern_variable_still_needs_a_property_some_shape_declares()
    {
        var problems = CypherShapeChecker.Check("MATCH (c:Concept) RETURN [(c)-[s]->(o) | o.nosuchproperty]");

        Assert.Equal(["line 1: property 'o.nosuchproperty' is not declared for *"], problems);
    }
}
