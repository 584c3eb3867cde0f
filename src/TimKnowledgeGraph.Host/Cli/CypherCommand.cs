using System.CommandLine;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Graph.ReadOnly;
using TimKnowledgeGraph.Host.Output;

namespace TimKnowledgeGraph.Host.Cli;

/// <summary>
/// <c>timkg cypher "&lt;query&gt;" [--param k=v] [--limit N] [--timeout S]</c>: raw, read-only Cypher for querying actor
/// networks directly. Writes are refused before they run (text and plan checks) and, as a backstop, the transaction is
/// rolled back. Rows are streamed and reading stops at <c>--limit</c>, so a huge answer costs the CLI a few buffers.
/// </summary>
internal static class CypherCommand
{
    public static Command Create(CliConsole console)
    {
        // The runner throws ArgumentException on a blank query: a stack trace and exit 134, after starting the server.
        var text = CliOptions.RequireNonEmpty(
            new Argument<string>("query") { Description = "The Cypher query (read-only); use $name for parameters" }, orBlank: true);
        var parameters = CliOptions.Parameters();
        var limit = new Option<int>("--limit") { Description = $"Return at most this many rows (0..{ReadOnlyQueryOptions.MaxRowsCeiling})", DefaultValueFactory = _ => 1000 };
        var timeout = new Option<int>("--timeout") { Description = $"Stop the query after this many seconds (1..{ReadOnlyQueryOptions.MaxTimeoutSeconds})", DefaultValueFactory = _ => 30 };
        // The API's ranges, checked while parsing: out of range, the runner threw and the CLI printed a stack trace.
        limit.Validators.Add(r => RequireBetween(r, "--limit", 0, ReadOnlyQueryOptions.MaxRowsCeiling));
        timeout.Validators.Add(r => RequireBetween(r, "--timeout", 1, (int)ReadOnlyQueryOptions.MaxTimeoutSeconds));
        var format = CliOptions.Format();
        var command = new Command("cypher", "Run read-only Cypher against the graph") { text, parameters, limit, timeout, format, CliOptions.ContentRoot() };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!CliOptions.TryParseParameters(parse.GetValue(parameters)!, console, out var raw)) return ExitCodes.InvalidInput;
            // Typed as the console types them (-p x=1 is the integer 1, -p ids=["a","b"] a list, -p id=learning-region text):
            // every value was a string before, so "RETURN $x + 1" gave "11" and "c.year > $y" could not compare.
            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var (name, text) in raw)
            {
                try
                {
                    values[name] = ParameterText.Read(text);
                }
                catch (FormatException e)
                {
                    console.Error.WriteLine($"error: --param '{CutText.Echo(name)}': {e.Message}");
                    return ExitCodes.InvalidInput;
                }
            }
            await using var session = await GraphSession.StartAsync(CliOptions.ConfigurationArguments(parse), cancellationToken);
            var runner = session.Get<ReadOnlyCypherRunner>();
            try
            {
                var result = await runner.RunAsync(parse.GetValue(text)!, values,
                    new ReadOnlyQueryOptions(parse.GetValue(limit), TimeSpan.FromSeconds(parse.GetValue(timeout))), cancellationToken);
                ResultWriter.Write(new CypherResult(result.Columns, result.Rows, null), parse.GetValue(format), console.Out);
                if (result.Truncated) console.Error.WriteLine($"note: only the first {result.MaxRows} rows are shown (--limit)");
                return ExitCodes.Ok;
            }
            catch (Exception e) when (RefusalText.From(e) is { } refusal)
            {
                console.Error.WriteLine($"error: {refusal.Sentence}");
                return ExitCodes.InvalidInput;
            }
        });
        return command;
    }

    private static void RequireBetween(System.CommandLine.Parsing.OptionResult result, string name, int min, int max)
    {
        // Text that is not an int (--limit abc, --timeout 99999999999) is the parser's own error ("Cannot parse
        // argument"); reading the value here threw InvalidOperationException: a stack trace and exit 134 instead.
        if (result.Tokens.Any(token => !int.TryParse(token.Value, out _))) return;
        if (result.GetValueOrDefault<int>() is var value && (value < min || value > max))
            result.AddError($"{name} must be between {min} and {max}, got {value}.");
    }
}
