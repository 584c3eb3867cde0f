using TimKnowledgeGraph.Domain.Content.Discovery;
using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.Reading;

/// <summary>
/// The checks content reading makes, for the files <c>timkg import</c> streams: a dataset's data files have no size
/// limit there (they are large by design), but they are UTF-8 as content files are, so that an import stores what
/// <c>timkg validate</c> would accept and nothing turned into U+FFFD.
/// </summary>
public static class ImportFiles
{
    /// <summary>
    /// Whether the path is a regular file; a named pipe, socket or device is reported (TKG093) and must not be opened.
    /// Content discovery refuses them the same way; an import reads its files without that walk, and a pipe named
    /// <c>ties.csv</c> blocked <c>timkg import</c> in its open for good, deaf to Ctrl+C and SIGTERM.
    /// </summary>
    public static bool IsRegularFile(string fullPath, string file, IDiagnosticSink sink)
    {
        if (UnixFileType.Irregular(fullPath) is not { } what) return true;
        sink.Report(UnixFileType.NotRead(file, what));
        return false;
    }

    /// <summary>
    /// Opens a file the checks above passed, for streaming; it is opened without waiting and only if it still is a
    /// regular file (<see cref="RegularFile"/>), else an <see cref="IOException"/> says what it is now.
    /// </summary>
    public static FileStream OpenRead(string fullPath) => RegularFile.OpenRead(fullPath, 1 << 16);

    /// <summary>Whether the file is UTF-8 throughout; the first byte that is not is reported (TKG092) at its line and column.</summary>
    public static bool IsUtf8(string fullPath, string file, IDiagnosticSink sink)
    {
        using var stream = BoundedFile.OpenOrReport(fullPath, file, 1, sink);
        return stream is not null && Utf8Check.IsUtf8(stream, file, sink);
    }

    /// <summary>A dataset.md's text, under the limit of a note (1 MiB) and checked for UTF-8 as content is; null when reported.</summary>
    public static string? ReadDescription(string fullPath, string file, IDiagnosticSink sink) =>
        BoundedFile.ReadBytes(fullPath, file, ContentLimits.MaxNoteBytes, sink) is { } bytes && BoundedFile.IsUtf8(bytes, file, sink)
            ? BoundedFile.Decode(bytes)
            : null;
}
