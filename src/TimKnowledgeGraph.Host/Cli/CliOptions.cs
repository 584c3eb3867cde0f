using System.CommandLine;

namespace TimKnowledgeGraph.Host.Cli;

/// <summary>Options shared by several commands.</summary>
public static class CliOptions
{
    private static readonly Option<string> Content = new("--content")
    {
        Description = "The content folder (notes, references, networks)",
        DefaultValueFactory = _ => "content",
    };

    /// <summary>The content folder option; default: <c>content</c> under the working directory.</summary>
    public static Option<string> ContentRoot() => Content;

    /// <summary>
    /// Host configuration for a command: the content folder, then every option the command did not recognise
    /// (e.g. <c>--Neo4j:Uri http://localhost:7474</c>, <c>--urls http://127.0.0.1:8080</c>).
    /// </summary>
    public static string[] ConfigurationArguments(ParseResult parse) =>
        [$"--Content:Root={parse.GetValue(Content)}", .. parse.UnmatchedTokens];
}
