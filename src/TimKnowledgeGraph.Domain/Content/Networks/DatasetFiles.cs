using TimKnowledgeGraph.Domain.Content.Discovery;
using TimKnowledgeGraph.Domain.Content.Reading;
using TimKnowledgeGraph.Domain.Content.Validation;
using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.Networks;

/// <summary>
/// Reads the data files a dataset.md names: <c>graphml:</c> if given, else <c>actors:</c> and <c>ties:</c>
/// (defaults <c>actors.csv</c>, <c>ties.csv</c>). Only files discovered in the dataset's own folder can be named,
/// so a path cannot reach outside the content root.
/// </summary>
internal static class DatasetFiles
{
    /// <summary>Reads the rows of one dataset; a named file that does not exist is reported.</summary>
    public static DatasetContent Read(DatasetDescription description, IReadOnlyDictionary<string, ContentFile> dataFiles, ISet<string> used, IDiagnosticSink sink)
    {
        var folder = description.File[..description.File.LastIndexOf('/')];
        if (description.GraphMl is { } graphMl)
        {
            if (Find(folder, graphMl.Value, graphMl.At, "graphml", dataFiles, used, sink) is not { } file)
                return new DatasetContent(description, [], []);
            using var reader = Open(file, sink);
            if (reader is null) return new DatasetContent(description, [], []);
            var rows = Bounded(GraphMlReader.Read(reader, file.Path, sink, description.SoleLayer), sink).ToList();
            List<ActorRow> graphMlActors = [.. rows.OfType<ActorRow>()];
            return new DatasetContent(RegionsFromData.Complete(description, graphMlActors, sink), graphMlActors, [.. rows.OfType<TieRow>()]);
        }

        var actorsFile = Find(folder, description.Actors?.Value ?? "actors.csv", description.Actors?.At ?? description.At, "actors", dataFiles, used, sink);
        var tiesFile = Find(folder, description.Ties?.Value ?? "ties.csv", description.Ties?.At ?? description.At, "ties", dataFiles, used, sink);
        List<ActorRow> actors = [];
        List<TieRow> ties = [];
        if (actorsFile is not null && Open(actorsFile, sink) is { } actorsText)
        {
            using var reader = actorsText;
            actors = [.. Bounded(ActorCsvReader.Read(reader, actorsFile.Path, sink), sink)];
        }
        if (tiesFile is not null && Open(tiesFile, sink) is { } tiesText)
        {
            using var reader = tiesText;
            ties = [.. Bounded(TieCsvReader.Read(reader, tiesFile.Path, sink, description.SoleLayer), sink)];
        }
        return new DatasetContent(RegionsFromData.Complete(description, actors, sink), actors, ties);
    }

    // A content dataset is held in memory whole (validated, then mapped to the graph), unlike an import, which streams:
    // past the limit the file is not read on, and one diagnostic says where large networks go.
    private static IEnumerable<T> Bounded<T>(IEnumerable<T> rows, IDiagnosticSink sink) where T : NetworkRow
    {
        int actors = 0, ties = 0;
        foreach (var row in rows)
        {
            var isActor = row is ActorRow;
            if ((isActor ? ++actors : ++ties) > ContentLimits.MaxDatasetRows)
            {
                var limit = ContentLimits.MaxDatasetRows.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
                var what = isActor ? "actors" : "ties";
                sink.Report(Diagnostic.Error(row.At, DiagnosticCodes.TooLarge,
                    $"more than {limit} {what}, expected at most {limit} in a content dataset; the rest of the file is not read " +
                    "(a network this large is imported with `timkg import <folder>`, which streams it)"));
                yield break;
            }
            yield return row;
        }
    }

    // A file refused at discovery (too large, a link) is already reported; others are checked for size and UTF-8 here.
    private static TextReader? Open(ContentFile file, IDiagnosticSink sink) =>
        file.Kind == ContentFileKind.Refused ? null : BoundedFile.OpenText(file.FullPath, file.Path, ContentLimits.MaxNetworkFileBytes, sink);

    private static ContentFile? Find(string folder, string name, SourceLocation at, string key,
        IReadOnlyDictionary<string, ContentFile> dataFiles, ISet<string> used, IDiagnosticSink sink)
    {
        var path = $"{folder}/{name.Trim()}";
        if (dataFiles.TryGetValue(path, out var file))
        {
            used.Add(path);
            return file;
        }
        sink.Report(Diagnostic.Error(at, DiagnosticCodes.MissingFile,
            $"'{key}' file '{name}' not found in {folder}/; expected a file next to dataset.md",
            EditDistance.Hint(name, dataFiles.Keys.Where(p => p.StartsWith(folder + "/", StringComparison.Ordinal)).Select(p => p[(folder.Length + 1)..]))));
        return null;
    }
}
