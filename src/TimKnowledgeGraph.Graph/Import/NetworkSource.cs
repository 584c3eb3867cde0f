using TimKnowledgeGraph.Domain.Content.Networks;
using TimKnowledgeGraph.Domain.Content.Reading;
using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Graph.Import;

/// <summary>
/// The rows of one dataset folder, streamed from disk on every enumeration (the importer reads them twice: once to
/// validate, once to write), from <c>actors.csv</c> + <c>ties.csv</c> or from one GraphML file.
/// </summary>
internal sealed class NetworkSource(string folder, DatasetDescription description)
{
    /// <summary>The dataset.md.</summary>
    public DatasetDescription Description => description;

    /// <summary>Paths of the data files, as used in diagnostics and <c>sourceFile</c>: relative to the folder's parent.</summary>
    public string ActorsFile => Relative(description.GraphMl?.Value ?? description.Actors?.Value ?? "actors.csv");

    /// <summary>The ties file, as <see cref="ActorsFile"/>.</summary>
    public string TiesFile => Relative(description.GraphMl?.Value ?? description.Ties?.Value ?? "ties.csv");

    /// <summary>The data files that must exist.</summary>
    public IEnumerable<string> RequiredFiles => new[] { ActorsFile, TiesFile }.Distinct();

    /// <summary>A relative data file's full path.</summary>
    public string FullPath(string relative) => Path.Combine(Path.GetDirectoryName(folder.TrimEnd('/', '\\'))!, relative);

    /// <summary>Streams the actors.</summary>
    public async IAsyncEnumerable<ActorRow> ActorsAsync(IDiagnosticSink sink, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (description.GraphMl is not null)
        {
            foreach (var row in GraphMl(sink).OfType<ActorRow>()) yield return row;
            yield break;
        }
        var stream = Open(ActorsFile);
        await using var streamScope = stream.ConfigureAwait(false);
        await foreach (var row in ActorCsvReader.ReadAsync(stream, ActorsFile, sink, cancellationToken).ConfigureAwait(false)) yield return row;
    }

    /// <summary>Streams the ties.</summary>
    public async IAsyncEnumerable<TieRow> TiesAsync(IDiagnosticSink sink, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (description.GraphMl is not null)
        {
            // Node rows were reported by the actor pass; do not report their problems twice.
            foreach (var row in GraphMl(IgnoringSink.Instance).OfType<TieRow>()) yield return row;
            yield break;
        }
        var stream = Open(TiesFile);
        await using var streamScope = stream.ConfigureAwait(false);
        await foreach (var row in TieCsvReader.ReadAsync(stream, TiesFile, sink, description.SoleLayer, cancellationToken).ConfigureAwait(false)) yield return row;
    }

    private IEnumerable<NetworkRow> GraphMl(IDiagnosticSink sink)
    {
        using var reader = new StreamReader(Open(ActorsFile));
        foreach (var row in GraphMlReader.Read(reader, ActorsFile, sink, description.SoleLayer)) yield return row;
    }

    // The import's checks (ImportFiles) opened every data file before this: one that cannot be opened now was removed
    // or replaced since, a named pipe included, which is refused instead of waited for.
    private FileStream Open(string relative)
    {
        try
        {
            return ImportFiles.OpenRead(FullPath(relative));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ImportSourceChangedException(description.Id, relative, e);
        }
    }

    private string Relative(string name) => $"{description.Folder}/{name.Trim()}";

    // The GraphML tie pass re-reads the whole file, so its syntax problems were already reported by the actor pass.
    private sealed class IgnoringSink : IDiagnosticSink
    {
        public static readonly IgnoringSink Instance = new();

        public void Report(Diagnostic diagnostic) { }
    }
}
