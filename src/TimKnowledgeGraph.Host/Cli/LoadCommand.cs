using System.CommandLine;
using TimKnowledgeGraph.Graph.Loading;

namespace TimKnowledgeGraph.Host.Cli;

/// <summary><c>timkg load</c>: validates the content and syncs it into Neo4j (all or nothing, only what changed).</summary>
internal static class LoadCommand
{
    private static readonly Option<bool> Full = new("--full")
    {
        Description = "Parse every file and compare with the graph read back, even when no file's hash changed",
    };

    public static Command Create(CliConsole console)
    {
        var content = CliOptions.ContentRoot();
        var command = new Command("load", "Validate the content folder and sync it into Neo4j; invalid content leaves the graph unchanged") { content, Full };
        // Unknown options are host configuration, e.g. --Neo4j:Uri http://localhost:7474
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, cancellationToken) =>
        {
            // A one-shot command must not start the watcher; the session only starts the graph services anyway.
            await using var session = await GraphSession.StartAsync(CliOptions.ConfigurationArguments(parse), cancellationToken);
            var progress = ProgressLine.For(console);
            LoadOutcome outcome;
            try
            {
                outcome = await session.Get<ContentSyncService>().LoadAsync(new LoadRequest(parse.GetValue(Full), progress), cancellationToken);
            }
            finally
            {
                progress.Complete();
            }
            foreach (var diagnostic in outcome.Diagnostics) console.Out.WriteLine(diagnostic);
            if (!outcome.Succeeded)
            {
                console.Out.WriteLine($"not loaded: {outcome.Errors.Count()} error(s); the graph was left as it was");
                return ExitCodes.InvalidInput;
            }
            if (outcome.Mode == LoadMode.Unchanged)
            {
                console.Out.WriteLine($"loaded {outcome.Files} files: unchanged since the last load (hashes match), nothing written; "
                    + $"{outcome.Nodes} nodes, {outcome.Relationships} relationships in {Timing(outcome)}");
                return ExitCodes.Ok;
            }
            SummaryTable.Write(console.Out, outcome.Summary);
            console.Out.WriteLine($"loaded {outcome.Files} files ({outcome.ChangedFiles.Count} changed): {outcome.Nodes} nodes, {outcome.Relationships} relationships, "
                + $"{outcome.Warnings.Count()} warning(s) in {Timing(outcome)}");
            await MeasureRefreshOutput.RunAsync(session, console.Out, cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }

    // Neo4j's share apart: on a fresh server most of a first load is Neo4j planning each statement once.
    private static string Timing(LoadOutcome outcome) =>
        $"{outcome.Elapsed.TotalMilliseconds:0} ms ({outcome.Neo4jTime.TotalMilliseconds:0} ms of it waiting for Neo4j)";
}
