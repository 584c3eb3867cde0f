using System.CommandLine;
using TimKnowledgeGraph.Graph.Analyses;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Graph.Queries;
using TimKnowledgeGraph.Host.Output;

namespace TimKnowledgeGraph.Host.Cli;

/// <summary>
/// <c>timkg dynamics &lt;dataset&gt; [--show overlap|typology|participation|path|tie-dynamics|coupling|coupling-nature|coupling-pairs]
/// [--wave W | --from D --to D] [--format table|json|csv]</c>: the analyses by period computed on the projection
/// (<see cref="DynamicsService"/>), with the named queries' columns; the route for large panels, where the Cypher
/// queries on Neo4j 3.1 are too slow (docs/network-measures.md).
/// </summary>
internal static class DynamicsCommand
{
    private static readonly string[] Shows = ["overlap", "typology", "participation", "path", "tie-dynamics", "coupling", "coupling-nature", "coupling-pairs"];

    public static Command Create(CliConsole console)
    {
        var dataset = new Argument<string>("dataset") { Description = "The dataset id, e.g. preface-network" };
        var show = new Option<string>("--show", "-s") { Description = $"What to show: {string.Join(", ", Shows)}", DefaultValueFactory = _ => "typology" };
        var wave = new Option<string?>("--wave", "-w") { Description = "Only this wave (overlap, typology, participation)" };
        var from = new Option<string?>("--from") { Description = "Start of the period: a year or an ISO date (its first day)" };
        var to = new Option<string?>("--to") { Description = "End of the period, inclusive: a year or an ISO date (its last day)" };
        var format = CliOptions.Format();
        var command = new Command("dynamics", "Layer overlap, typology, participation, tie dynamics and coupling sequences of a timed network dataset, by period")
        {
            dataset, show, wave, from, to, format, CliOptions.ContentRoot(),
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, cancellationToken) =>
        {
            var what = parse.GetValue(show)!;
            if (!Shows.Contains(what, StringComparer.Ordinal))
                return Fail(console, $"--show must be one of {string.Join(", ", Shows)}, got '{what}'");
            var start = parse.GetValue(from) is { } f ? PeriodDate.Parse(f, atEnd: false) ?? "" : null;
            var end = parse.GetValue(to) is { } t ? PeriodDate.Parse(t, atEnd: true) ?? "" : null;
            if (start == "" || end == "") return Fail(console, "--from and --to must be a year or a date (YYYY, YYYY-MM or YYYY-MM-DD)");
            if (start is not null && end is not null && string.CompareOrdinal(end, start) < 0) return Fail(console, $"--to ({end}) is before --from ({start})");

            await using var session = await GraphSession.StartAsync(CliOptions.ConfigurationArguments(parse), cancellationToken);
            var service = session.Get<DynamicsService>();
            var id = parse.GetValue(dataset)!;
            var network = await service.NetworkAsync(id, cancellationToken);
            if (network is null) return Fail(console, await UnknownDataset.MessageAsync(session, id, cancellationToken));
            var waves = network.Time?.Waves ?? [];
            if (parse.GetValue(wave) is { } w && !waves.Contains(w, StringComparer.Ordinal))
                return Fail(console, WaveWords.NotAWave(w, id, waves));
            var period = new AnalysisPeriod(parse.GetValue(wave), start, end);

            var table = what switch
            {
                "overlap" => DynamicsTables.Overlap.From((await service.PeriodAsync(id, period, false, cancellationToken))!.Overlap),
                "typology" => DynamicsTables.Typology.From((await service.PeriodAsync(id, period, false, cancellationToken))!.Typology),
                "participation" => DynamicsTables.Participation.From((await service.PeriodAsync(id, period, true, cancellationToken))!.Participation!),
                "path" => DynamicsTables.Path.From([.. (await service.TimelineAsync(id, false, cancellationToken))!.Periods
                    .SelectMany(p => p.Typology.Select(r => (p.Period, Region: r)))]),
                "tie-dynamics" => DynamicsTables.TieDynamics.From(
                    (await service.TieDynamicsAsync(id, DynamicsService.YearOf(start), DynamicsService.YearOf(end), cancellationToken))!),
                "coupling" => DynamicsTables.Coupling.From((await service.CouplingAsync(id, false, cancellationToken))!.Value.ByLayer),
                "coupling-nature" => DynamicsTables.Coupling.From((await service.CouplingAsync(id, false, cancellationToken))!.Value.ByNature),
                _ => DynamicsTables.CouplingPairs.From((await service.CouplingAsync(id, true, cancellationToken))!.Value.Pairs!),
            };
            ResultWriter.Write(table, parse.GetValue(format), console.Out);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static int Fail(CliConsole console, string message)
    {
        console.Error.WriteLine("error: " + message);
        return ExitCodes.InvalidInput;
    }
}
