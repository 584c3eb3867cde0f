using System.CommandLine;
using TimKnowledgeGraph.Domain.Citations;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Graph.Exports;
using TimKnowledgeGraph.Graph.Networks;
using TimKnowledgeGraph.Graph.Queries;
using TimKnowledgeGraph.Host.Web.Data;
using TimKnowledgeGraph.Host.Web.Data.Rows;

namespace TimKnowledgeGraph.Host.Cli;

/// <summary>
/// <c>timkg export reading-list &lt;concept&gt; --format bib|json|apa|chicago|harvard</c> and <c>timkg export network &lt;dataset&gt; --format graphml|gexf</c>:
/// files for Zotero and for network tools (Gephi, yEd, NetworkX), written to stdout or <c>--output</c>.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("export", "Export a reading list (BibTeX, CSL-JSON) or a network (GraphML, GEXF)");
        command.Subcommands.Add(ReadingList(console));
        command.Subcommands.Add(Network(console));
        return command;
    }

    private static Command ReadingList(CliConsole console)
    {
        var id = new Argument<string>("concept") { Description = "The concept id, e.g. learning-region" };
        var format = new Option<string>("--format", "-f")
        {
            Description = "bib, json, or a reference list in apa, chicago (author–date, 17th) or harvard (Cite Them Right)",
            DefaultValueFactory = _ => "bib",
        };
        format.AcceptOnlyFromAmong("bib", "json", "apa", "chicago", "harvard");
        var output = Output();
        var command = new Command("reading-list", "The references behind a concept's lineage, critiques and evidence") { id, format, output, CliOptions.ContentRoot() };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var session = await GraphSession.StartAsync(CliOptions.ConfigurationArguments(parse), cancellationToken);
            var entries = await session.Get<ReadingListReader>().ReadAsync(parse.GetValue(id)!, cancellationToken: cancellationToken);
            if (entries is null) return NotFound(console, $"no concept with id '{parse.GetValue(id)}'");
            var chosen = parse.GetValue(format)!;
            var text = chosen switch
            {
                "json" => CslJsonWriter.Write(entries),
                "bib" => BibTexWriter.Write(entries),
                _ => ReferenceListWriter.Write(entries, await CorpusAsync(session.Get<NamedQueryRunner>(), cancellationToken),
                    CitationStyles.TryParse(chosen, out var style) ? style : CitationStyles.Default),
            };
            await WriteAsync(parse.GetValue(output), console, (sink, token) => sink(System.Text.Encoding.UTF8.GetBytes(text), token).AsTask(), cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Network(CliConsole console)
    {
        var dataset = new Argument<string>("dataset") { Description = "The dataset id, e.g. preface-network" };
        var format = new Option<string>("--format", "-f") { Description = "graphml or gexf", DefaultValueFactory = _ => "graphml" };
        format.AcceptOnlyFromAmong("graphml", "gexf");
        var output = Output();
        var command = new Command("network", "A network dataset with its layers, actors and ties") { dataset, format, output, CliOptions.ContentRoot() };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var session = await GraphSession.StartAsync(CliOptions.ConfigurationArguments(parse), cancellationToken);
            var network = await session.Get<NetworkDatasetReader>().OpenAsync(parse.GetValue(dataset)!, cancellationToken);
            if (network is null) return NotFound(console, await UnknownDataset.MessageAsync(session, parse.GetValue(dataset)!, cancellationToken));
            NetworkWriter write = parse.GetValue(format) == "gexf" ? GexfWriter.WriteAsync : GraphMlWriter.WriteAsync;
            await WriteAsync(parse.GetValue(output), console, (sink, token) => write(network, sink, token), cancellationToken); // as the ties arrive
            return ExitCodes.Ok;
        });
        return command;
    }

    // Every work of the knowledge base, read as the web pages read it, so a reference list letters works (1993a) alike.
    private static async Task<Bibliography> CorpusAsync(NamedQueryRunner runner, CancellationToken cancellationToken)
    {
        var result = await runner.RunAsync(QueryCatalog.Embedded.Get("web-bibliography"), new Dictionary<string, object?>(), cancellationToken);
        return new Bibliography(RowBinder.BindAll<WorkRow>(result.Records()).Select(w => w.Work));
    }

    private static Option<string?> Output() =>
        CliOptions.RequireNonEmpty(new Option<string?>("--output", "-o") { Description = "Write to this file instead of stdout" });

    private static int NotFound(CliConsole console, string message)
    {
        console.Error.WriteLine($"error: {message}");
        return ExitCodes.InvalidInput;
    }

    /// <summary>
    /// Writes to stdout, or to <paramref name="path"/>: beside it first (<c>.partial</c>), moved into place once whole, so a
    /// failed export leaves no half file and an existing one as it was. A file that cannot be written is one line. A device
    /// (a path under <c>/dev/</c>, such as <c>/dev/null</c>) is written in place: moving a file over it replaced the device
    /// itself when run as root.
    /// </summary>
    private static async Task WriteAsync(string? path, CliConsole console, Func<ByteSink, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        if (path is null)
        {
            await write(ByteSinks.ToText(console.Out), cancellationToken);
            return;
        }
        var fullPath = Path.GetFullPath(path);
        var device = fullPath.StartsWith("/dev/", StringComparison.Ordinal);
        var written = device ? path : path + ".partial";
        try
        {
            if (Path.GetDirectoryName(fullPath) is { } folder && !Directory.Exists(folder))
                throw new DirectoryNotFoundException($"the folder {folder} does not exist");
            await using (var file = new FileStream(written, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
                await write(ByteSinks.ToStream(file), cancellationToken);
            if (!device) File.Move(written, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputFileException(path, e);
        }
        finally
        {
            if (!device && File.Exists(written)) File.Delete(written);
        }
    }
}

/// <summary>An output file that could not be written (no such folder, no permission, disk full): one line, exit 1.</summary>
internal sealed class OutputFileException(string path, Exception inner) : Exception($"cannot write {path}: {inner.Message}", inner);
