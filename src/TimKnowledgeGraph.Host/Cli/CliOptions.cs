using System.CommandLine;

namespace TimKnowledgeGraph.Host.Cli;

/// <summary>Options shared by several commands.</summary>
public static class CliOptions
{
    /// <summary>The content folder; default: <c>content</c> under the working directory.</summary>
    public static Option<string> ContentRoot() => new("--content")
    {
        Description = "The content folder (notes, references, networks)",
        DefaultValueFactory = _ => "content",
    };

    /// <summary>Host configuration overrides as <c>Key=Value</c> pairs, e.g. <c>Neo4j:Uri=http://localhost:7474</c>.</summary>
    public static string[] ConfigurationArguments(string contentRoot) => [$"--Content:Root={contentRoot}"];
}
