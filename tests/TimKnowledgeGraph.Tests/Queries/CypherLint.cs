using System.Diagnostics;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Queries;

/// <summary>Runs tools/cypher-lint (Neo4j's own Cypher 5 front end) on a .cypher file or a folder of them.</summary>
internal static class CypherLint
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string path)
    {
        var tool = Path.Combine(RepositoryPaths.Root, "tools", "cypher-lint");
        Assert.True(Directory.Exists(Path.Combine(tool, "node_modules", "@neo4j-cypher")),
            "tools/cypher-lint/node_modules is missing: run scripts/bootstrap (it runs npm ci there)");
        var start = new ProcessStartInfo("node", [Path.Combine(tool, "lint.mjs"), path])
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }
}
