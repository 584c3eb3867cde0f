using System.CommandLine;
using TimKnowledgeGraph.Neo4j.LocalServer;

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
            // Before Neo4j is started and the content loaded (18 s), not after: Kestrel binds its ports last.
            if (TakenAddress(app.Configuration["urls"] ?? WebApp.DefaultUrl) is { } taken)
            {
                console.Error.WriteLine($"error: {taken} is already in use (is another timkg serve running?); choose another with --urls http://127.0.0.1:<port>");
                return ExitCodes.InvalidInput;
            }
            var background = new BackgroundFailure(app.Services);
            await app.RunAsync(cancellationToken);
            // A background service that threw stops the host, and RunAsync returns as after Ctrl+C: say so, not exit 0.
            if (background.Failure is not { } failure) return ExitCodes.Ok;
            console.Error.WriteLine($"error: the host stopped because a background service failed ({failure.Message}); this is a bug, the log above has its trace");
            return ExitCodes.InternalError;
        });
        return command;
    }

    // The first of the listen addresses (';'-separated, as ASP.NET Core reads them) that another process holds, or null,
    // probed as the local Neo4j's ports are (LoopbackPorts.TryBind: a port left in TIME_WAIT by a stopped host is free).
    // Names other than an IP (localhost, *, +) and port 0 are left to Kestrel, which reports them itself.
    private static string? TakenAddress(string urls)
    {
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Port == 0 || !System.Net.IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address)) continue;
            using var probe = LoopbackPorts.TryBind(address, uri.Port);
            if (probe is null) return url;
        }
        return null;
    }
}
