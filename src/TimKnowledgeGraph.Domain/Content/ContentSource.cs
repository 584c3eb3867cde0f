using System.Security.Cryptography;
using TimKnowledgeGraph.Domain.Content.Discovery;
using TimKnowledgeGraph.Domain.Content.Mapping;
using TimKnowledgeGraph.Domain.Content.Networks;
using TimKnowledgeGraph.Domain.Content.Notes;
using TimKnowledgeGraph.Domain.Content.Reading;
using TimKnowledgeGraph.Domain.Content.References;
using TimKnowledgeGraph.Domain.Content.Validation;
using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content;

/// <summary>
/// What one content file gave when it was read (a dataset.md together with the data files it names): its records,
/// the problems reading it reported, and, once mapped, its graph fragment. Immutable but for the fragment, which is
/// mapped again whenever the id index would answer the mapping differently.
/// </summary>
internal sealed class ContentSource
{
    private GraphFragment? _fragment;

    private ContentSource(string? key, IReadOnlyList<Diagnostic> diagnostics)
    {
        Key = key;
        Diagnostics = diagnostics;
    }

    /// <summary>
    /// The content this was read from: the SHA-256 of the bytes read; for a dataset, the paths and hashes of its folder's
    /// files. Null when a file changed while it was read, so this can never be taken for another content.
    /// </summary>
    public string? Key { get; }

    /// <summary>Problems reported while reading, in the order reported.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The note, if the file is a readable note.</summary>
    public Note? Note { get; private init; }

    /// <summary>The id (file name) of a note whose front matter could not be read.</summary>
    public string? UnreadableNoteId { get; private init; }

    /// <summary>The references of a .bib or CSL-JSON file.</summary>
    public IReadOnlyList<ReferenceRecord> References { get; private init; } = [];

    /// <summary>The dataset, if the file is a readable dataset.md.</summary>
    public DatasetContent? Dataset { get; private init; }

    /// <summary>The data files a dataset.md named that exist.</summary>
    public IReadOnlyCollection<string> UsedDataFiles { get; private init; } = [];

    /// <summary>
    /// The key <paramref name="file"/> has now, from the hashes discovery took; a cached source with this key was read
    /// from exactly this content.
    /// </summary>
    public static string KeyOf(ContentFile file, IReadOnlyDictionary<string, ContentFile> dataFiles) =>
        file.Kind == ContentFileKind.DatasetDescription
            ? DatasetKey(file.Path, file.Sha256, Folder(file, dataFiles).Select(f => $"{f.Path} {f.Sha256}"))
            : file.Sha256;

    /// <summary>Reads <paramref name="file"/> (stage 2 for one file).</summary>
    /// <param name="file">A note, reference file or dataset.md.</param>
    /// <param name="dataFiles">All network data files, by path: a dataset.md may name those in its folder.</param>
    /// <remarks>
    /// No content can make this throw: limits are checked before the readers run, and a reader that still fails (a
    /// bug) gives an error with the code of its format ("could not be read as ..."). Only I/O errors (a file deleted or locked while
    /// read) escape, for the caller to retry.
    /// </remarks>
    public static ContentSource Read(ContentFile file, IReadOnlyDictionary<string, ContentFile> dataFiles)
    {
        if (file.Kind is not (ContentFileKind.ConceptNote or ContentFileKind.PropositionNote or ContentFileKind.CritiqueNote
            or ContentFileKind.BibTex or ContentFileKind.CslJson or ContentFileKind.DatasetDescription))
            throw new ArgumentException($"{file.Path} is a {file.Kind} file, which is not read on its own.", nameof(file));
        var sink = new FileDiagnostics();
        try
        {
            return ReadChecked(file, dataFiles, sink);
        }
        catch (Exception ex) when (ex is not (IOException or UnauthorizedAccessException or OutOfMemoryException))
        {
            sink.Report(Diagnostic.Error(new SourceLocation(file.Path, 1, 1), UnreadableCode(file.Kind),
                $"this file could not be read ({ex.GetType().Name}: {ex.Message}); expected the reader to report any problem as a diagnostic, please report this"));
            return new ContentSource(null, sink.Items()) { UnreadableNoteId = IsNote(file) ? file.Stem : null };
        }
    }

    private static ContentSource ReadChecked(ContentFile file, IReadOnlyDictionary<string, ContentFile> dataFiles, FileDiagnostics sink)
    {
        if (BoundedFile.ReadBytes(file.FullPath, file.Path, ContentLimits.MaxBytes(file.Kind), sink) is not { } bytes)
            return new ContentSource(null, sink.Items()) { UnreadableNoteId = IsNote(file) ? file.Stem : null };
        string? key = Convert.ToHexStringLower(SHA256.HashData(bytes));
        Note? note = null;
        IReadOnlyList<ReferenceRecord> references = [];
        DatasetContent? dataset = null;
        var used = new HashSet<string>(StringComparer.Ordinal);
        if (!BoundedFile.IsUtf8(bytes, file.Path, sink))
            return new ContentSource(key, sink.Items()) { UnreadableNoteId = IsNote(file) ? file.Stem : null };
        // CSL-JSON is read as bytes, everything else as text.
        var text = file.Kind == ContentFileKind.CslJson ? "" : BoundedFile.Decode(bytes);
        switch (file.Kind)
        {
            case ContentFileKind.ConceptNote:
                note = NoteReader.Read(text, file.Path, NoteKind.Concept, sink);
                break;
            case ContentFileKind.PropositionNote:
                note = NoteReader.Read(text, file.Path, NoteKind.Proposition, sink);
                break;
            case ContentFileKind.CritiqueNote:
                note = NoteReader.Read(text, file.Path, NoteKind.Critique, sink);
                break;
            case ContentFileKind.BibTex:
                references = BibTexReferences.Read(text, file.Path, sink);
                break;
            case ContentFileKind.CslJson:
                references = CslJsonReader.Read(bytes, file.Path, sink);
                break;
            case ContentFileKind.DatasetDescription:
                if (DatasetReader.Read(text, file.Path, sink) is { } description)
                    dataset = DatasetFiles.Read(description, dataFiles, used, sink);
                // The data files are read by path: they are hashed again afterwards, and a dataset read while its
                // folder changed gets no key (it is used for this load, never taken from the cache).
                var reread = DatasetKey(file.Path, key, Folder(file, dataFiles).Select(f => $"{f.Path} {HashNow(f.FullPath)}"));
                key = reread == KeyOf(file, dataFiles) ? reread : null;
                break;
        }
        return new ContentSource(key, sink.Items())
        {
            Note = note,
            UnreadableNoteId = IsNote(file) && note is null ? file.Stem : null,
            References = references,
            Dataset = dataset,
            UsedDataFiles = used,
        };
    }

    // The code for "this file could not be read as its format".
    private static string UnreadableCode(ContentFileKind kind) => kind switch
    {
        ContentFileKind.BibTex => DiagnosticCodes.MalformedBibTex,
        ContentFileKind.CslJson => DiagnosticCodes.MalformedJson,
        _ => DiagnosticCodes.MalformedYaml,
    };

    private static bool IsNote(ContentFile file) =>
        file.Kind is ContentFileKind.ConceptNote or ContentFileKind.PropositionNote or ContentFileKind.CritiqueNote;

    /// <summary>This source's graph fragment for <paramref name="index"/>: the one mapped before while it still holds.</summary>
    public GraphFragment Fragment(IdIndex index)
    {
        if (_fragment is { } cached && cached.StillValidFor(index)) return cached;
        _fragment = Note is { } note ? GraphMapper.MapNote(note, index)
            : Dataset is { } dataset ? GraphMapper.MapDataset(dataset, index)
            : GraphMapper.MapReferences(References, index);
        return _fragment;
    }

    // A file gone or locked since discovery counts as changed.
    private static string HashNow(string path)
    {
        try
        {
            return ContentDiscovery.Hash(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "unreadable";
        }
    }

    // A dataset.md's path and hash, then the paths and hashes of the data files next to it (the only ones it can name).
    private static string DatasetKey(string path, string hash, IEnumerable<string> dataFiles) =>
        string.Join('\n', dataFiles.Prepend($"{path} {hash}"));

    private static IEnumerable<ContentFile> Folder(ContentFile description, IReadOnlyDictionary<string, ContentFile> dataFiles)
    {
        var folder = description.Path[..(description.Path.LastIndexOf('/') + 1)];
        // Refused files (over their size limit) are reported on their own and never read, so they are not part of the key.
        return dataFiles.Values.Where(f => f.Kind != ContentFileKind.Refused && f.Path.StartsWith(folder, StringComparison.Ordinal)).OrderBy(f => f.Path, StringComparer.Ordinal);
    }
}
