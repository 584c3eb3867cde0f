using TimKnowledgeGraph.Domain.Content.Discovery;
using TimKnowledgeGraph.Domain.Content.Mapping;
using TimKnowledgeGraph.Domain.Content.Networks;
using TimKnowledgeGraph.Domain.Content.Notes;
using TimKnowledgeGraph.Domain.Content.References;
using TimKnowledgeGraph.Domain.Content.Validation;
using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content;

/// <summary>
/// The one entry point: discover → parse → validate → map. Content problems become diagnostics in the result,
/// never exceptions; the same input always gives the same output, in the same order.
/// </summary>
public static class ContentPipeline
{
    /// <summary>Loads everything under <paramref name="contentRoot"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">The root does not exist.</exception>
    public static ContentLoadResult Load(string contentRoot)
    {
        var files = ContentDiscovery.Discover(contentRoot);
        var diagnostics = new DiagnosticBag();
        var corpus = Parse(files, diagnostics);
        var index = ContentValidator.Validate(corpus, diagnostics);
        var (nodes, relationships) = GraphMapper.Map(corpus, index);
        return new ContentLoadResult(nodes, relationships, diagnostics.Sorted(), files);
    }

    /// <summary>Stage 2 for all files: reads each into its records.</summary>
    public static ContentCorpus Parse(IReadOnlyList<ContentFile> files, IDiagnosticSink sink)
    {
        var notes = new List<Note>();
        var references = new List<ReferenceRecord>();
        var datasets = new List<DatasetContent>();
        var dataFiles = files.Where(f => f.Kind == ContentFileKind.NetworkData).ToDictionary(f => f.Path, StringComparer.Ordinal);
        var usedDataFiles = new HashSet<string>(StringComparer.Ordinal);
        var unreadableNotes = new HashSet<string>(StringComparer.Ordinal);

        foreach (var file in files)
        {
            switch (file.Kind)
            {
                case ContentFileKind.ConceptNote:
                case ContentFileKind.PropositionNote:
                case ContentFileKind.CritiqueNote:
                    var kind = file.Kind switch
                    {
                        ContentFileKind.ConceptNote => NoteKind.Concept,
                        ContentFileKind.PropositionNote => NoteKind.Proposition,
                        _ => NoteKind.Critique,
                    };
                    if (NoteReader.Read(File.ReadAllText(file.FullPath), file.Path, kind, sink) is { } note) notes.Add(note);
                    else unreadableNotes.Add(Path.GetFileNameWithoutExtension(file.Path));
                    break;
                case ContentFileKind.BibTex:
                    references.AddRange(BibTexReferences.Read(File.ReadAllText(file.FullPath), file.Path, sink));
                    break;
                case ContentFileKind.CslJson:
                    references.AddRange(CslJsonReader.Read(File.ReadAllBytes(file.FullPath), file.Path, sink));
                    break;
                case ContentFileKind.DatasetDescription:
                    if (DatasetReader.Read(File.ReadAllText(file.FullPath), file.Path, sink) is { } description)
                        datasets.Add(DatasetFiles.Read(description, dataFiles, usedDataFiles, sink));
                    break;
                case ContentFileKind.Unrecognised:
                    sink.Report(Diagnostic.Warning(new SourceLocation(file.Path, 1, 1), DiagnosticCodes.IgnoredFile,
                        "not a content file here: references/ holds .bib and .json files, networks/ holds one folder per dataset; it is ignored"));
                    break;
            }
        }
        foreach (var unused in dataFiles.Keys.Where(p => !usedDataFiles.Contains(p)))
        {
            sink.Report(Diagnostic.Warning(new SourceLocation(unused, 1, 1), DiagnosticCodes.IgnoredFile,
                "no dataset.md in this folder names this file (actors:, ties: or graphml:); it is ignored"));
        }
        return new ContentCorpus(notes, references, datasets, unreadableNotes);
    }
}
