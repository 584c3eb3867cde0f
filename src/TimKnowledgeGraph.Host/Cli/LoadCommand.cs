using System.CommandLine;
using TimKnowledgeGraph.Graph.Loading;

namespace TimKnowledgeGraph.Host.Cli;

/// <summary><c>timkg load</c>: validates the content and syncs it into Neo4j (all or nothing).</summary>
public static class LoadCommand
{
    public static Command Create(CliConsole console)
    {
        var content = CliOptions.ContentRoot();
        var command = new Command("load", "Validate the content folder and sync it into Neo4j; invalid content leaves the graph unchanged") { content };
        // Unknown options are host configuration, e.g. --Neo4j:Uri http://localhost:7474
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var session = await GraphSession.StartAsync(CliOptions.ConfigurationArguments(parse), cancellationToken);
            var outcome = await session.Get<ContentSyncService>().LoadAsync(cancellationToken);
            foreach (var diagnostic in outcome.Diagnostics) console.Out.WriteLine(diagnostic);
            console.Out.WriteLine(outcome.Succeeded
                ? $"loaded {outcome.Files} files: {outcome.Nodes} nodes, {outcome.Relationships} relationships in {outcome.Elapsed.TotalMilliseconds:0} ms"
                : $"not loaded: {outcome.Errors.Count()} error(s); the graph was left as it was");
            return outcome.Succeeded ? ExitCodes.Ok : ExitCodes.InvalidInput;
        });
        return command;
    }
}
