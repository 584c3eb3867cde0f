using TimKnowledgeGraph.Host.Cli;

namespace TimKnowledgeGraph.Host;

public static class Program
{
    public static Task<int> Main(string[] args) => CliApp.RunAsync(args);
}
