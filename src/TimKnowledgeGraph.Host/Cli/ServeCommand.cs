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
            var background = new BackgroundFailure(app.Services);
            await app.RunAsync(cancellationToken);
            // A background service that threw stops the host, and RunAsync returns as after Ctrl+C: say so, not exit 0.
            if (background.Failure is not { } failure) return ExitCodes.Ok;
            console.Error.WriteLine($"error: the host stopped because a background service failed ({failure.Message}); this is a bug, the log above has its trace");
            return ExitCodes.InternalError;
        });
        return command;
    }
}
