using System.CommandLine;

namespace TimKnowledgeGraph.Host.Cli;

/// <summary>The command line: <c>serve</c> (the default), <c>validate</c>, <c>load</c>, <c>query</c>, <c>queries</c>.</summary>
public static class CliApp
{
    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("TimKnowledgeGraph: territorial innovation models, their critiques and evidence, and actor networks, in Neo4j.");
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(ValidateCommand.Create());
        root.Subcommands.Add(LoadCommand.Create());
        root.Subcommands.Add(QueryCommand.Create());
        root.Subcommands.Add(QueriesCommand.Create());
        if (args.Length == 0) args = ["serve"];
        try
        {
            // Our own handler below prints one readable line instead of a stack trace.
            return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (FailureReport.TryDescribe(ex, out var line, out var exitCode))
        {
            Console.Error.WriteLine(line);
            return exitCode;
        }
    }
}
