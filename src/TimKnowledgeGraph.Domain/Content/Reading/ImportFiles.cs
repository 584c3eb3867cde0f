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
    // Every file is opened as content is (RegularFile): only a regular file, and without waiting. Content discovery
    // refuses pipes, sockets and devices in its walk; an import reads its files without that walk, and a pipe named
    // ties.csv blocked `timkg import` in its open for good, deaf to Ctrl+C and SIGTERM.
    private const int StreamBuffer = 1 << 16;

    /// <summary>A file to stream; null (reported, TKG093) when it is a pipe, socket, device or folder.</summary>
    public static FileStream? OpenOrReport(string fullPath, string file, IDiagnosticSink sink) =>
        BoundedFile.OpenOrReport(fullPath, file, StreamBuffer, sink);

    /// <summary>
    /// Opens a file the checks below passed, for streaming; an <see cref="IOException"/> says what it is now when it
    /// is no longer a regular file.
    /// </summary>
    public static FileStream OpenRead(string fullPath) => RegularFile.OpenRead(fullPath, StreamBuffer);

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
