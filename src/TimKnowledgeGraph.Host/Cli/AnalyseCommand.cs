using System.CommandLine;
using TimKnowledgeGraph.Graph.Analyses;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Host.Output;

namespace TimKnowledgeGraph.Host.Cli;

/// <summary>
/// <c>timkg analyse &lt;dataset&gt; [--layer L] [--top N] [--no-write] [--format table|json|csv]</c>: computes the standard
/// network measures of a dataset (docs/network-measures.md), writes them back as properties (unless <c>--no-write</c>)
/// and prints one row per actor, highest betweenness first.
/// </summary>
internal static class AnalyseCommand
{
    public static Command Create(CliConsole console)
    {
        var dataset = new Argument<string>("dataset") { Description = "The dataset id, e.g. preface-network" };
        var layer = new Option<string?>("--layer", "-l") { Description = "Show one layer's measures instead of the aggregate graph's" };
        var top = new Option<int?>("--top", "-n") { Description = "Show only the N actors with the highest betweenness" };
        var noWrite = new Option<bool>("--no-write") { Description = "Do not write the measures back as Actor and PARTICIPATES_IN properties" };
        var format = CliOptions.Format();
        var command = new Command("analyse", "Compute betweenness, structural holes, brokerage roles, degree and participation of a network dataset")
        {
            dataset, layer, top, noWrite, format, CliOptions.ContentRoot(),
        };
        command.Aliases.Add("analyze");
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(top) is < 1)
            {
                console.Error.WriteLine("error: --top must be at least 1");
                return ExitCodes.InvalidInput;
            }
            await using var session = await GraphSession.StartAsync(CliOptions.ConfigurationArguments(parse), cancellationToken);
            var service = session.Get<MeasureService>();
            var id = parse.GetValue(dataset)!;
            var measures = await service.GetAsync(id, cancellationToken);
            if (measures is null)
            {
                console.Error.WriteLine("error: " + await UnknownDataset.MessageAsync(session, id, cancellationToken));
                return ExitCodes.InvalidInput;
            }
            if (measures.For(parse.GetValue(layer)) is not { } graph)
            {
                console.Error.WriteLine($"error: no layer '{parse.GetValue(layer)}' in dataset '{id}' (layers: {string.Join(", ", measures.Network.Layers)})");
                return ExitCodes.InvalidInput;
            }
            if (!parse.GetValue(noWrite)) await service.WriteAsync(id, cancellationToken);
            var rows = MeasureTable.Rows(measures, graph, parse.GetValue(top));
            ResultWriter.Write(new CypherResult(MeasureTable.Columns, rows, null), parse.GetValue(format), console.Out);
            console.Error.WriteLine($"{measures.Network.ActorCount} actors, {graph.Ties} tied pairs{(graph.Arcs is { } arcs ? $", {arcs} arcs" : "")} " +
                $"({parse.GetValue(layer) ?? "aggregate of " + measures.Network.Layers.Count + " layers"}; {graph.Convention}); " +
                $"betweenness {measures.Method.Label}{(parse.GetValue(noWrite) ? "" : "; written to Actor and PARTICIPATES_IN properties")}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
