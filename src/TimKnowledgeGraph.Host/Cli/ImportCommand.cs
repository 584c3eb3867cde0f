using System.CommandLine;
using TimKnowledgeGraph.Graph.Import;

namespace TimKnowledgeGraph.Host.Cli;

/// <summary>
/// <c>timkg import &lt;dataset-folder | file.graphml&gt; [--id ID]</c>: bulk import of a large network dataset (dataset.md +
/// actors.csv + ties.csv, or GraphML; or a .graphml file alone, as <c>timkg export network</c> writes it), validated first,
/// written in batches, upserted by id; re-running it repairs an interrupted import.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(CliConsole console)
    {
        var folder = new Argument<FileSystemInfo>("dataset-folder") { Description = "A folder with dataset.md and its data files, or one .graphml file (e.g. from timkg export network)" };
        // A blank id was imported as dataset '' (actors '/<id>'), exit 0. The id rule refuses it now too, but only after
        // Neo4j has started: this says so while parsing.
        var id = CliOptions.RequireNonEmpty(
            new Option<string?>("--id") { Description = "For a .graphml file: the dataset id to import it as (default: the file name without .graphml)" }, orBlank: true);
        var command = new Command("import", "Import a large network dataset in batches (upsert by id; re-run to repair an interrupted import)") { folder, id };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(folder)!.FullName;
            var isGraphMl = NetworkImporter.IsGraphMlFile(path);
            if (!Directory.Exists(path) && !isGraphMl)
            {
                console.Error.WriteLine($"error: {path} is neither a folder nor a .graphml file");
                return ExitCodes.InvalidInput;
            }
            if (!isGraphMl && parse.GetValue(id) is { } ignored)
            {
                // It was ignored without a word, and the folder imported under its dataset.md's id.
                console.Error.WriteLine($"error: --id {ignored} names the dataset of a .graphml file; a folder is imported under the id its dataset.md gives");
                return ExitCodes.InvalidInput;
            }
            await using var session = await GraphSession.StartAsync(CliOptions.HostArguments(parse), cancellationToken);
            var progress = ProgressLine.For(console);
            ImportOutcome outcome;
            try
            {
                outcome = await session.Get<NetworkImporter>().ImportAsync(path, progress, cancellationToken, parse.GetValue(id));
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                progress.Complete(); // the progress line ends before the message (finally runs after it)
                console.Error.WriteLine("import cancelled: the batches written so far stay, and the dataset stays marked incomplete " +
                                        "(importState 'running'); run the same import again to finish it");
                return ExitCodes.Cancelled;
            }
            finally
            {
                progress.Complete();
            }
            DiagnosticLines.Write(console.Out, outcome.Diagnostics);
            if (!outcome.Succeeded)
            {
                var more = outcome.MoreErrors > 0 ? $" (and {outcome.MoreErrors} more not shown)" : "";
                var warnings = outcome.MoreWarnings > 0 ? $", {outcome.Diagnostics.Count - outcome.Errors.Count() + outcome.MoreWarnings} warning(s)" : "";
                console.Out.WriteLine($"not imported: {outcome.Errors.Count()} error(s){more}{warnings}; nothing was written");
                return ExitCodes.InvalidInput;
            }
            var seconds = Math.Max(outcome.Elapsed.TotalSeconds, 0.001);
            console.Out.WriteLine($"{(outcome.FirstImport ? "created" : "upserted")} dataset {outcome.DatasetId}" +
                (outcome.RepairedIncompleteRun ? " (repairing an earlier run that did not complete)" : ""));
            console.Out.WriteLine($"  actors:         {outcome.Actors,12:N0}  {outcome.Actors / Math.Max(outcome.ActorTime.TotalSeconds, 0.001),10:N0}/s");
            console.Out.WriteLine($"  ties:           {outcome.Ties,12:N0}  {outcome.Ties / Math.Max(outcome.TieTime.TotalSeconds, 0.001),10:N0}/s");
            console.Out.WriteLine($"  participations: {outcome.Participations,12:N0}");
            console.Out.WriteLine($"  stale deleted:  {outcome.StaleDeleted,12:N0}");
            console.Out.WriteLine($"imported in {seconds:0.0} s, {outcome.Diagnostics.Count + outcome.MoreWarnings} warning(s); run {outcome.Run}");
            await MeasureRefreshOutput.RunAsync(session, console.Out, cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }
}
