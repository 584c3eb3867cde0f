using System.CommandLine;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Graph.Exports;
using TimKnowledgeGraph.Graph.Networks;
using TimKnowledgeGraph.Graph.Queries;
using TimKnowledgeGraph.Host.Api;
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
            var runner = session.Get<NamedQueryRunner>();
            // As the HTTP API: an id, dataset or wave that names nothing is a typo, not an empty table.
            var arguments = new QueryArguments(new KnownIds(runner, QueryCatalog.Embedded), runner, QueryCatalog.Embedded);
            if (await arguments.CheckAsync(query, bound, cancellationToken) is { } problem)
            {
                console.Error.WriteLine($"error: {problem.ToLine()}");
                return ExitCodes.InvalidInput;
            }
            // As the HTTP API: `network`'s records streamed from the paged read (a table or CSV of its row is for small datasets).
            if (parse.GetValue(format) == OutputFormat.Json && NetworkQueryJson.Answers(query, bound, out var dataset))
            {
                var network = await session.Get<NetworkDatasetReader>().OpenAsync(dataset, cancellationToken);
                await NetworkQueryJson.WriteRecordsAsync(network, ByteSinks.ToText(console.Out), cancellationToken);
                console.Out.WriteLine();
                return ExitCodes.Ok;
            }
            var result = await QueryCitations.AddAsync(await runner.RunAsync(query, bound, cancellationToken), runner, QueryCatalog.Embedded, cancellationToken);
            ResultWriter.Write(result, parse.GetValue(format), console.Out);
            return ExitCodes.Ok;
        });
        return command;
    }
}
