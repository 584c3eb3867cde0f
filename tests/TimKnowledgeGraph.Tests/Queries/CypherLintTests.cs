using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Neo4j.Schema;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Queries;

/// <summary>
/// Every Cypher file the product runs, and the schema DDL it emits for Neo4j 5, pass Neo4j's own Cypher 5 front end
/// (tools/cypher-lint), so they also run on the servers researchers use.
/// </summary>
public sealed class CypherLintTests
{
    [Fact]
    public async Task Cypher_files_pass_the_Cypher_5_linter()
    {
        // Every query the product runs is there, the pages' internal ones included.
        const string folder = "cypher";
        var files = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, folder), "*.cypher");
        Assert.NotEmpty(files);

        var (exitCode, output) = await LintAsync(Path.Combine(RepositoryPaths.Root, folder));

        Assert.True(exitCode == 0, $"cypher-lint exited {exitCode}:\n{output}");
        Assert.Contains($"linted {files.Length} file(s), 0 error(s)", output);
    }

    [Fact]
    public async Task Schema_ddl_for_Neo4j_5_passes_the_Cypher_5_linter()
    {
        var folder = Directory.CreateTempSubdirectory("timkg-ddl").FullName;
        var i = 0;
        foreach (var label in GraphSchema.Labels)
        {
            await File.WriteAllTextAsync(Path.Combine(folder, $"{i++}.cypher"), SchemaStatements.UniqueIdConstraint(new Version(5, 26), label), TestContext.Current.CancellationToken);
            await File.WriteAllTextAsync(Path.Combine(folder, $"{i++}.cypher"), SchemaStatements.PropertyIndex(new Version(5, 26), label, "sourceFile"), TestContext.Current.CancellationToken);
        }

        var (exitCode, output) = await LintAsync(folder);

        Assert.True(exitCode == 0, $"cypher-lint exited {exitCode}:\n{output}");
        Assert.Contains($"linted {i} file(s), 0 error(s)", output);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task The_linter_catches_Cypher_that_Neo4j_5_rejects()
    {
        // The 3.x constraint form: proves the lint is real, not a tool that passes everything.
        var folder = Directory.CreateTempSubdirectory("timkg-ddl3").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "old.cypher"), SchemaStatements.UniqueIdConstraint(new Version(3, 1, 1), GraphSchema.Concept), TestContext.Current.CancellationToken);

        var (exitCode, output) = await LintAsync(folder);

        Assert.Equal(1, exitCode);
        Assert.Contains("ON and ASSERT should not be used", output);
        Directory.Delete(folder, recursive: true);
    }

    private static Task<(int ExitCode, string Output)> LintAsync(string path) => CypherLint.RunAsync(path);
}
