using System.Security.Cryptography;
using System.Text;
using TimKnowledgeGraph.Domain.Content.Discovery;
using TimKnowledgeGraph.Domain.Content.Mapping;
using TimKnowledgeGraph.Domain.Content.Networks;
using TimKnowledgeGraph.Domain.Content.Notes;
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
    public static ContentSource Read(ContentFile file, IReadOnlyDictionary<string, ContentFile> dataFiles)
    {
        var bytes = File.ReadAllBytes(file.FullPath);
        string? key = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var sink = new DiagnosticBag();
        Note? note = null;
        IReadOnlyList<ReferenceRecord> references = [];
        DatasetContent? dataset = null;
        var used = new HashSet<string>(StringComparer.Ordinal);
        switch (file.Kind)
        {
            case ContentFileKind.ConceptNote:
                note = NoteReader.Read(Text(bytes), file.Path, NoteKind.Concept, sink);
                break;
            case ContentFileKind.PropositionNote:
                note = NoteReader.Read(Text(bytes), file.Path, NoteKind.Proposition, sink);
                break;
            case ContentFileKind.CritiqueNote:
                note = NoteReader.Read(Text(bytes), file.Path, NoteKind.Critique, sink);
                break;
            case ContentFileKind.BibTex:
                references = BibTexReferences.Read(Text(bytes), file.Path, sink);
                break;
            case ContentFileKind.CslJson:
                references = CslJsonReader.Read(bytes, file.Path, sink);
                break;
            case ContentFileKind.DatasetDescription:
                if (DatasetReader.Read(Text(bytes), file.Path, sink) is { } description)
                    dataset = DatasetFiles.Read(description, dataFiles, used, sink);
                // The data files are read by path: they are hashed again afterwards, and a dataset read while its
                // folder changed gets no key (it is used for this load, never taken from the cache).
                var reread = DatasetKey(file.Path, key, Folder(file, dataFiles).Select(f => $"{f.Path} {HashNow(f.FullPath)}"));
                key = reread == KeyOf(file, dataFiles) ? reread : null;
                break;
            default:
                throw new ArgumentException($"{file.Path} is a {file.Kind} file, which is not read on its own.", nameof(file));
        }
        var isNote = file.Kind is ContentFileKind.ConceptNote or ContentFileKind.PropositionNote or ContentFileKind.CritiqueNote;
        return new ContentSource(key, sink.Items)
        {
            Note = note,
            UnreadableNoteId = isNote && note is null ? file.Stem : null,
            References = references,
            Dataset = dataset,
            UsedDataFiles = used,
        };
    }

    /// <summary>This source's graph fragment for <paramref name="index"/>: the one mapped before while it still holds.</summary>
    public GraphFragment Fragment(IdIndex index)
    {
        if (_fragment is { } cached && cached.StillValidFor(index)) return cached;
        _fragment = Note is { } note ? GraphMapper.MapNote(note, index)
            : Dataset is { } dataset ? GraphMapper.MapDataset(dataset, index)
            : GraphMapper.MapReferences(References, index);
        return _fragment;
    }

    // As File.ReadAllText decodes: UTF-8 unless a byte order mark says otherwise.
    private static string Text(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
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
        return dataFiles.Values.Where(f => f.Path.StartsWith(folder, StringComparison.Ordinal)).OrderBy(f => f.Path, StringComparer.Ordinal);
    }
}
