using System.CommandLine;
using TimKnowledgeGraph.Domain.Content;
using TimKnowledgeGraph.Domain.Diagnostics;
using TimKnowledgeGraph.Graph.Import;

namespace TimKnowledgeGraph.Host.Cli;

/// <summary>
/// <c>timkg validate [folder]</c>: checks content without touching Neo4j; exit 1 when there are errors. Given a dataset
/// folder (dataset.md at its top) or a <c>.graphml</c> file, it checks what <c>timkg import</c> would import.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var folder = CliOptions.RequireNonEmpty(new Argument<string>("folder")
        {
            Description = "The content folder, or a dataset folder or .graphml file to check as timkg import would", DefaultValueFactory = _ => "content",
        });
        var command = new Command("validate", "Check the content folder (or a dataset to import) and report every problem as file:line:col") { folder };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var root = Path.GetFullPath(parse.GetValue(folder)!);
            if (IsDataset(root)) return await CheckDatasetAsync(console, root, cancellationToken);
            if (!Directory.Exists(root))
            {
                console.Error.WriteLine($"error: no content folder at {root}");
                return ExitCodes.InvalidInput;
            }
            var result = ContentPipeline.Load(root);
            foreach (var diagnostic in result.Diagnostics) console.Out.WriteLine(diagnostic);
            var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
            var warnings = result.Diagnostics.Count - errors;
            console.Out.WriteLine($"{result.Files.Count} files, {result.Nodes.Count} nodes, {result.Relationships.Count} relationships: {errors} error(s), {warnings} warning(s)");
            if (result.Files.Count == 0)
                console.Error.WriteLine($"note: {root} holds no content files (concepts/, critiques/, propositions/, references/, networks/: content/README.md)");
            return errors > 0 ? ExitCodes.InvalidInput : ExitCodes.Ok;
        });
        return command;
    }

    // A .graphml file, or a folder with dataset.md at its top: what `timkg import` takes.
    private static bool IsDataset(string path) =>
        NetworkImporter.IsGraphMlFile(path) || File.Exists(Path.Combine(path, "dataset.md"));

    private static async Task<int> CheckDatasetAsync(CliConsole console, string path, CancellationToken cancellationToken)
    {
        var check = await NetworkImporter.CheckAsync(path, datasetId: null, new ImportOptions().MaxDiagnostics, cancellationToken);
        DiagnosticLines.Write(console.Out, check.Diagnostics);
        var errors = check.Errors.Count() + check.MoreErrors;
        var warnings = check.Diagnostics.Count - check.Errors.Count() + check.MoreWarnings;
        console.Out.WriteLine($"dataset {check.DatasetId}: {check.ActorRows:N0} actor rows, {check.TieRows:N0} tie rows: {errors} error(s), {warnings} warning(s)" +
                              (check.Succeeded ? "; instance_of links are checked by timkg import (they name concepts in the graph)" : "; timkg import would write nothing"));
        return check.Succeeded ? ExitCodes.Ok : ExitCodes.InvalidInput;
    }
}
