using System.CommandLine;
using TimKnowledgeGraph.Domain.Content;
using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Host.Cli;

/// <summary><c>timkg validate [folder]</c>: checks content without touching Neo4j; exit 1 when there are errors.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var folder = CliOptions.RequireNonEmpty(new Argument<string>("folder") { Description = "The content folder", DefaultValueFactory = _ => "content" });
        var command = new Command("validate", "Check the content folder and report every problem as file:line:col") { folder };
        command.SetAction(parse =>
        {
            var root = Path.GetFullPath(parse.GetValue(folder)!);
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
            return errors > 0 ? ExitCodes.InvalidInput : ExitCodes.Ok;
        });
        return command;
    }
}
