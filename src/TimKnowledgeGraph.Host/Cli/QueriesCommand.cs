using System.CommandLine;
using TimKnowledgeGraph.Graph.Queries;
using TimKnowledgeGraph.Host.Output;

namespace TimKnowledgeGraph.Host.Cli;

/// <summary><c>timkg queries</c>: lists the named queries with their parameters.</summary>
internal static class QueriesCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("queries", "List the named queries and their parameters");
        command.SetAction(_ =>
        {
            foreach (var q in QueryCatalog.Embedded.Listed.OrderBy(q => q.Name))
            {
                console.Out.WriteLine($"{q.Name}: {q.Summary}");
                foreach (var p in q.Parameters)
                    console.Out.WriteLine($"    --param {p.Name}=<{p.Type.ToString().ToLowerInvariant()}{(p.Range is { } r ? $" {r.Min}..{r.Max}" : "")}>{(p.IsRequired ? "" : $" (default {DefaultText(p.DefaultValue)})")}  {p.Description}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>A default as the header writes it: a list as its comma-separated items (<c>social,kinship,cultural</c>).</summary>
    private static string DefaultText(object? value) =>
        value is IEnumerable<string> items ? string.Join(",", items) : ValueText.Format(value);
}
