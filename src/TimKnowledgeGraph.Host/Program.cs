using TimKnowledgeGraph.Host.Cli;

namespace TimKnowledgeGraph.Host;

internal static class Program
{
    public static Task<int> Main(string[] args) => CliApp.RunAsync(args);
}
