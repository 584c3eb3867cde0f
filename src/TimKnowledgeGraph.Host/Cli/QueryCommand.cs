using System.CommandLine;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Graph.Exports;
using TimKnowledgeGraph.Graph.Networks;
using TimKnowledgeGraph.Graph.Queries;
using TimKnowledgeGraph.Host.Output;

namespace TimKnowledgeGraph.Host.Cli;

/// <summary><c>timkg query &lt;name&gt; --param key=value ... [--format table|json|csv]</c>: runs a named query from cypher/.</summary>
internal static class QueryCommand
{
    public static Command Create(CliConsole console)
    {
        var name = new Argument<string>("name") { Description = "The query's name (see 'timkg queries')" };
        var parameters = CliOptions.Parameters();
        var format = CliOptions.Format();
        var content = CliOptions.ContentRoot();
        var command = new Command("query", "Run a named query against the graph") { name, parameters, format, content };
        // Unknown options are host configuration, e.g. --Neo4j:Uri http://localhost:7474
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!QueryCatalog.Embedded.TryGetListed(parse.GetValue(name)!, out var query))
            {
                console.Error.WriteLine($"error: no query named '{parse.GetValue(name)}' (known: {string.Join(", ", QueryCatalog.Embedded.Listed.Select(q => q.Name).Order())})");
                return ExitCodes.InvalidInput;
            }
            if (!CliOptions.TryParseParameters(parse.GetValue(parameters)!, console, out var raw)) return ExitCodes.InvalidInput;
            var (bound, errors) = QueryParameterBinder.Bind(query, raw);
            if (errors.Count > 0)
            {
                foreach (var error in errors) console.Error.WriteLine($"error: {error}");
                return ExitCodes.InvalidInput;
            }
            await using var session = await GraphSession.StartAsync(CliOptions.ConfigurationArguments(parse), cancellationToken);
            // As the HTTP API: `network`'s records streamed from the paged read (a table or CSV of its row is for small datasets).
            if (parse.GetValue(format) == OutputFormat.Json && NetworkQueryJson.Answers(query, bound, out var dataset))
            {
                var network = await session.Get<NetworkDatasetReader>().OpenAsync(dataset, cancellationToken);
                await NetworkQueryJson.WriteRecordsAsync(network, ByteSinks.ToText(console.Out), cancellationToken);
                console.Out.WriteLine();
                return ExitCodes.Ok;
            }
            var result = await session.Get<NamedQueryRunner>().RunAsync(query, bound, cancellationToken);
            ResultWriter.Write(result, parse.GetValue(format), console.Out);
            return ExitCodes.Ok;
        });
        return command;
    }
}
