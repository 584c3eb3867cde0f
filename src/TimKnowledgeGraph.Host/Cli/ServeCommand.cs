using System.CommandLine;

namespace TimKnowledgeGraph.Host.Cli;

/// <summary>
/// <c>timkg serve</c> (the default): runs the local Neo4j unless one is configured, loads <c>content/</c>,
/// and serves the web UI and HTTP API on 127.0.0.1 until stopped. Unknown options are passed to the host as
/// configuration, e.g. <c>--urls http://127.0.0.1:8080</c> or <c>--Neo4j:Uri http://localhost:7474</c>.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(CliConsole console)
    {
        var content = CliOptions.ContentRoot();
        var command = new Command("serve", "Load the content into Neo4j and serve the web UI and HTTP API") { content };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var app = WebApp.Build(CliOptions.ConfigurationArguments(parse));
            await app.RunAsync(cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }
}
