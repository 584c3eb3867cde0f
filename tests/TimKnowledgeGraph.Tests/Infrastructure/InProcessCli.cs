using TimKnowledgeGraph.Host.Cli;

namespace TimKnowledgeGraph.Tests.Infrastructure;

/// <summary>Runs <c>timkg</c> in this process against the test server, as a user would type the command, and captures its output.</summary>
internal static class InProcessCli
{
    public static async Task<(int ExitCode, string Out, string Error)> RunAsync(Neo4jFixture neo4j, string[] args, string? password = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        string[] all =
        [
            .. args,
            $"--Neo4j:Uri={neo4j.Endpoint.HttpUri}",
            $"--Neo4j:Password={password ?? neo4j.Endpoint.Password}",
            "--Neo4j:MaxRetries=0",
            "--Logging:LogLevel:Default=None",
        ];
        var exitCode = await CliApp.RunAsync(all, new CliConsole(output, error));
        return (exitCode, output.ToString(), error.ToString());
    }
}
