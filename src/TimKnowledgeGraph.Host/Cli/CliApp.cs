using System.CommandLine;

namespace TimKnowledgeGraph.Host.Cli;

/// <summary>The command line: <c>serve</c> (the default), <c>validate</c>, <c>load</c>, <c>import</c>, <c>query</c>, <c>queries</c>,
/// <c>cypher</c>, <c>export</c>, <c>analyse</c>; <c>-v</c> on any of them logs progress.</summary>
internal static class CliApp
{
    /// <summary>How long a command may take to stop after Ctrl+C or SIGTERM.</summary>
    public static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);

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
            // Our own handler below prints one readable line instead of a stack trace. Ctrl+C and SIGTERM cancel the
            // command's token; a command then has this long to stop (and stop a local Neo4j it started) before the
            // process ends without it (a local Neo4j's watchdog then stops the server). Set here because
            // System.CommandLine 2.0.0 has no default: unset, no command saw Ctrl+C (the generic host's console
            // lifetime took the signal, and `timkg import` ran on to its end).
            return await root.Parse(args).InvokeAsync(new InvocationConfiguration
            {
                EnableDefaultExceptionHandler = false, Output = console.Out, Error = console.Error, ProcessTerminationTimeout = StopTimeout,
            });
        }
        catch (OperationCanceledException)
        {
            // Only a Ctrl+C or SIGTERM cancels a command: its requests' own time limits end in Neo4j exceptions.
            console.Error.WriteLine("cancelled");
            return ExitCodes.Cancelled;
        }
        catch (Exception ex) when (FailureReport.TryDescribe(ex, out var line, out var exitCode))
        {
            console.Error.WriteLine(line);
            return exitCode;
        }
    }
}
