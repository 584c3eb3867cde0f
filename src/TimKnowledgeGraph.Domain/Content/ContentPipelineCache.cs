using TimKnowledgeGraph.Domain.Content.Discovery;
using TimKnowledgeGraph.Domain.Content.Mapping;
using TimKnowledgeGraph.Domain.Content.Validation;
using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content;

/// <summary>
/// The pipeline (parse → validate → map) with a memory of the last load, for a host that loads the same root again
/// and again: a file whose path and SHA-256 are unchanged is not read again, and its graph fragment is not mapped
/// again while the id index answers its lookups as before. Validation always runs on the whole corpus (ids and links
/// are corpus-wide), and fragments are put together in the same order as a fresh load, so every result is exactly
/// what <see cref="ContentPipeline.Load"/> gives for the same files.
/// </summary>
/// <remarks>
/// Only the files of the latest load are kept (deleted and renamed ones drop out), so the memory held is about what
/// one load's records and graph take. Not thread-safe: one load at a time.
/// </remarks>
public sealed class ContentPipelineCache
{
    private readonly GraphBuilder _graph = new();
    private Dictionary<string, ContentSource> _sources = new(StringComparer.Ordinal);

    /// <summary>How many files the last <see cref="Load"/> read (the others came from the cache).</summary>
    public int FilesRead { get; private set; }

    /// <summary>Parses, validates and maps <paramref name="files"/> (as discovered, ordered by path).</summary>
    public ContentLoadResult Load(IReadOnlyList<ContentFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        using var hints = EditDistance.LimitHints();
        var diagnostics = new DiagnosticBag();
        var sources = Read(files, diagnostics);
        var corpus = new ContentCorpus(
            [.. sources.Select(s => s.Note).OfType<Notes.Note>()],
            [.. sources.SelectMany(s => s.References)],
            [.. sources.Select(s => s.Dataset).OfType<DatasetContent>()],
            sources.Select(s => s.UnreadableNoteId).OfType<string>().ToHashSet(StringComparer.Ordinal));
        var validation = new CappedPerFile(diagnostics);
        var index = ContentValidator.Validate(corpus, validation);
        validation.Close();

        // Stage 4: references, then notes, then datasets, each in file order (the first of a duplicate identity wins).
        _graph.Set(
        [
            .. sources.Where(s => s.References.Count > 0).Select(s => s.Fragment(index)),
            .. sources.Where(s => s.Note is not null).Select(s => s.Fragment(index)),
            .. sources.Where(s => s.Dataset is not null).Select(s => s.Fragment(index)),
        ]);
        return new ContentLoadResult(_graph.Nodes(), _graph.Relationships(), diagnostics.Sorted(), files);
    }

    // Stage 2 for all files, reporting in file order (as reading them all afresh would).
    private List<ContentSource> Read(IReadOnlyList<ContentFile> files, DiagnosticBag diagnostics)
    {
        // Data files refused for their size are kept here so a dataset.md naming one is not told it is missing.
        var dataFiles = files.Where(f => f.Kind == ContentFileKind.NetworkData
                || (f.Kind == ContentFileKind.Refused && ContentDiscovery.Classify(f.Path) == ContentFileKind.NetworkData))
            .ToDictionary(f => f.Path, StringComparer.Ordinal);
        var usedDataFiles = new HashSet<string>(StringComparer.Ordinal);
        var sources = new List<ContentSource>();
        var kept = new Dictionary<string, ContentSource>(StringComparer.Ordinal);
        FilesRead = 0;
        foreach (var file in files)
        {
            switch (file.Kind)
            {
                case ContentFileKind.NetworkData:
                    continue;
                case ContentFileKind.Refused:
                    diagnostics.Report(file.Problem!);
                    continue;
                case ContentFileKind.Unrecognised:
                    diagnostics.Report(Diagnostic.Warning(new SourceLocation(file.Path, 1, 1), DiagnosticCodes.IgnoredFile,
                        "not a content file here: references/ holds .bib and .json files, networks/ holds one folder per dataset; it is ignored"));
                    continue;
            }
            if (!_sources.TryGetValue(file.Path, out var source) || source.Key != ContentSource.KeyOf(file, dataFiles))
            {
                source = ContentSource.Read(file, dataFiles);
                FilesRead++;
            }
            kept[file.Path] = source;
            sources.Add(source);
            foreach (var diagnostic in source.Diagnostics) diagnostics.Report(diagnostic);
            usedDataFiles.UnionWith(source.UsedDataFiles);
        }
        foreach (var unused in dataFiles.Values.Where(f => f.Kind != ContentFileKind.Refused && !usedDataFiles.Contains(f.Path)).Select(f => f.Path))
        {
            diagnostics.Report(Diagnostic.Warning(new SourceLocation(unused, 1, 1), DiagnosticCodes.IgnoredFile,
                "no dataset.md in this folder names this file (actors:, ties: or graphml:); it is ignored"));
        }
        _sources = kept;
        return sources;
    }
}
