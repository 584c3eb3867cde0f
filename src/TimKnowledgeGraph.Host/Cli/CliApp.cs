using System.CommandLine;

namespace TimKnowledgeGraph.Host.Cli;

/// <summary>The command line: <c>serve</c> (the default), <c>validate</c>, <c>load</c>, <c>import</c>, <c>query</c>, <c>queries</c>,
/// <c>cypher</c>, <c>export</c>, <c>analyse</c>; <c>-v</c> on any of them logs progress.</summary>
internal static class CliApp
{
    public static async Task<int> RunAsync(string[] args) => await RunAsync(args, new CliConsole(Console.Out, Console.Error));

    /// <summary>Runs a command line, writing to the given console (tests capture it).</summary>
    public static async Task<int> RunAsync(string[] args, CliConsole console)
    {
        var root = new RootCommand("TimKnowledgeGraph: territorial innovation models, their critiques and evidence, and actor networks, in Neo4j.");
        root.Options.Add(CliOptions.Verbose);
        root.Subcommands.Add(ServeCommand.Create(console));
        root.Subcommands.Add(ValidateCommand.Create(console));
        root.Subcommands.Add(LoadCommand.Create(console));
        root.Subcommands.Add(ImportCommand.Create(console));
        root.Subcommands.Add(QueryCommand.Create(console));
        root.Subcommands.Add(QueriesCommand.Create(console));
        root.Subcommands.Add(CypherCommand.Create(console));
        root.Subcommands.Add(ExportCommand.Create(console));
        root.Subcommands.Add(AnalyseCommand.Create(console));
        root.Subcommands.Add(DynamicsCommand.Create(console));
        if (args.Length == 0) args = ["serve"];
        try
        {
            // Our own handler below prints one readable line instead of a stack trace.
            return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = console.Out, Error = console.Error });
        }
        catch (Exception ex) when (FailureReport.TryDescribe(ex, out var line, out var exitCode))
        {
            console.Error.WriteLine(line);
            return exitCode;
        }
    }
}
