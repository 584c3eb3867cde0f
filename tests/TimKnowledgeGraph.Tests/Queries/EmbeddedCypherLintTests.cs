using System.Reflection;
using TimKnowledgeGraph.Graph.Networks;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Queries;

/// <summary>
/// The statements written in C# rather than in cypher/ (the import's writes, the projection's and the exports' reads,
/// the content sync), held in constants and static fields, pass the same Cypher 5 front end as the files
/// (<see cref="CypherLintTests"/>): they run on the researcher's Neo4j 5 or 2025 as well as on the local 3.1. An export's
/// probe written with <c>exists(t.wave)</c> and a page cut by <c>size((x)-[:TIE]-&gt;())</c>, both 3.1 idioms Cypher 5
/// refuses, passed every test against the local server. Statements built inside methods are linted as they are sent
/// (<see cref="SentCypherLintTests"/>).
/// </summary>
public sealed class EmbeddedCypherLintTests
{
    // A whole statement starts with a clause; fragments that other statements are built from (a MATCH prefix, a
    // property map) are linted inside the statements that use them.
    private static readonly string[] Clauses = ["MATCH ", "OPTIONAL MATCH ", "UNWIND ", "CREATE ", "MERGE ", "WITH ", "CALL ", "RETURN ", "FOREACH "];

    [Fact]
    public async Task Statements_in_the_code_pass_the_Cypher_5_linter()
    {
        var statements = EmbeddedStatements().ToList();
        Assert.True(statements.Count >= 20, $"found only {statements.Count} embedded statements");
        var folder = Directory.CreateTempSubdirectory("tkg-embedded-cypher").FullName;
        try
        {
            foreach (var (name, text) in statements)
                await File.WriteAllTextAsync(Path.Combine(folder, name + ".cypher"), text, TestContext.Current.CancellationToken);
            var (exitCode, output) = await CypherLint.RunAsync(folder);
            Assert.True(exitCode == 0, $"cypher-lint exited {exitCode}:\n{output}");
            Assert.Contains($"linted {statements.Count} file(s), 0 error(s)", output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static IEnumerable<(string Name, string Text)> EmbeddedStatements()
    {
        Assembly[] assemblies = [typeof(NetworkDatasetReader).Assembly, typeof(ICypherClient).Assembly];
        var found = new List<(string Name, string Text)>();
        foreach (var type in assemblies.SelectMany(a => a.GetTypes()).Where(t => !t.IsGenericTypeDefinition))
        {
            foreach (var field in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                var value = (field.IsLiteral ? field.GetRawConstantValue() : field.GetValue(null)) switch
                {
                    string text => text,
                    CypherStatement statement => statement.Text,
                    _ => null,
                };
                if (value is not null && Clauses.Any(c => value.StartsWith(c, StringComparison.Ordinal)))
                    found.Add(($"{type.FullName}.{field.Name}".Replace('+', '.').Replace('<', '_').Replace('>', '_'), value));
            }
        }
        // A fragment (a MATCH prefix the statements after it begin with) is linted as part of them.
        return found.Where(f => !found.Any(o => o.Text.Length > f.Text.Length && o.Text.StartsWith(f.Text, StringComparison.Ordinal)));
    }
}
