using System.CommandLine;
using TimKnowledgeGraph.Host.Hosting;
using TimKnowledgeGraph.Host.Output;

namespace TimKnowledgeGraph.Host.Cli;

/// <summary>Options shared by several commands.</summary>
internal static class CliOptions
{
    private static readonly Option<string> Content = RequireNonEmpty(new Option<string>("--content")
    {
        Description = "The content folder (notes, references, networks)",
        DefaultValueFactory = _ => "content",
    });

    /// <summary><c>--verbose</c> / <c>-v</c>, on every command: log progress (information) to stderr, not only warnings.</summary>
    public static readonly Option<bool> Verbose = new("--verbose", "-v")
    {
        Description = "Log progress to stderr (by default only warnings and errors)",
        Recursive = true,
    };

    /// <summary>Query parameters as repeated <c>--param key=value</c>.</summary>
    public static Option<string[]> Parameters() => new("--param", "-p")
    {
        Description = "A parameter as key=value; repeat for several",
        DefaultValueFactory = _ => [],
    };

    /// <summary>The output format of a result: table, json or csv.</summary>
    public static Option<OutputFormat> Format() => new("--format", "-f") { Description = "table, json or csv", DefaultValueFactory = _ => OutputFormat.Table };

    /// <summary>Splits <c>key=value</c> pairs; reports the first malformed one.</summary>
    public static bool TryParseParameters(string[] pairs, CliConsole console, out Dictionary<string, string> parameters)
    {
        parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var eq = pair.IndexOf('=');
            if (eq <= 0)
            {
                console.Error.WriteLine($"error: --param '{pair}' is not key=value");
                return false;
            }
            // The last of two used to win silently; a list is one value, comma-separated.
            if (!parameters.TryAdd(pair[..eq], pair[(eq + 1)..]))
            {
                console.Error.WriteLine($"error: --param '{CutText.Echo(pair[..eq])}' is given more than once; give each parameter once (a list as one value, comma-separated)");
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Refuses an empty value while parsing (usage, exit 1), and with <paramref name="orBlank"/> one of spaces only. For a
    /// path: System.IO throws ArgumentException on "" (Path.GetFullPath, File.Move), which reached the user as a stack
    /// trace and exit 134. A path of spaces is a legal name; a query or an id of spaces is not.
    /// </summary>
    public static Option<T> RequireNonEmpty<T>(Option<T> option, bool orBlank = false) where T : class?
    {
        option.Validators.Add(r =>
        {
            if (IsEmpty(r.GetValueOrDefault<T>(), orBlank)) r.AddError($"{option.Name} must not be empty");
        });
        return option;
    }

    /// <inheritdoc cref="RequireNonEmpty{T}(Option{T}, bool)"/>
    public static Argument<string> RequireNonEmpty(Argument<string> argument, bool orBlank = false)
    {
        argument.Validators.Add(r =>
        {
            if (IsEmpty(r.GetValueOrDefault<string>(), orBlank)) r.AddError($"<{argument.Name}> must not be empty");
        });
        return argument;
    }

    private static bool IsEmpty(object? value, bool orBlank) =>
        value is string text && (text.Length == 0 || (orBlank && string.IsNullOrWhiteSpace(text)));

    /// <summary>The content folder option; default: <c>content</c> under the working directory.</summary>
    public static Option<string> ContentRoot() => Content;

    /// <summary>
    /// Host configuration for a command: the content folder, then every option the command did not recognise
    /// (e.g. <c>--Neo4j:Uri http://localhost:7474</c>, <c>--urls http://127.0.0.1:8080</c>).
    /// </summary>
    public static string[] ConfigurationArguments(ParseResult parse) =>
        [$"--Content:Root={parse.GetValue(Content)}", .. HostArguments(parse)];

    /// <summary>The options the command did not recognise, and <c>--verbose</c> as configuration.</summary>
    public static string[] HostArguments(ParseResult parse) =>
        [.. parse.UnmatchedTokens, .. parse.GetValue(Verbose) ? [$"--{LoggingDefaults.VerboseKey}=true"] : Array.Empty<string>()];
}
