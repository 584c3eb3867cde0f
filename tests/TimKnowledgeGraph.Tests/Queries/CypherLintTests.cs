using System.Diagnostics;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Queries;

/// <summary>Every named query passes Neo4j's own Cypher 5 front end (tools/cypher-lint), so it also runs on 5.x.</summary>
public sealed class CypherLintTests
{
    [Fact]
    public async Task Named_queries_pass_the_Cypher_5_linter()
    {
        var tool = Path.Combine(RepositoryPaths.Root, "tools", "cypher-lint");
        Assert.True(Directory.Exists(Path.Combine(tool, "node_modules", "@neo4j-cypher")),
            "tools/cypher-lint/node_modules is missing: run scripts/bootstrap (it runs npm ci there)");
        var start = new ProcessStartInfo("node", ["tools/cypher-lint/lint.mjs", "cypher/"])
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"cypher-lint exited {process.ExitCode}:\n{await output}\n{await errors}");
    }
}
