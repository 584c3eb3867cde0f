using System.Text;
using TimKnowledgeGraph.Domain.Content.Discovery;
using TimKnowledgeGraph.Domain.Content.Validation;
using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.Reading;

/// <summary>
/// Opens content files under a size limit and checks they are UTF-8 before any reader sees them. The size is checked
/// before reading, and no more than the limit (plus one byte, to notice a file that grew) is ever read.
/// </summary>
internal static class BoundedFile
{
    /// <summary>The bytes of a file of at most <paramref name="maxBytes"/>; null (reported) when it is larger.</summary>
    public static byte[]? ReadBytes(string fullPath, string file, long maxBytes, IDiagnosticSink sink)
    {
        using var stream = OpenOrReport(fullPath, file, 1, sink);
        if (stream is null) return null;
        if (stream.Length > maxBytes)
        {
            sink.Report(TooLarge(file, stream.Length, maxBytes));
            return null;
        }
        var buffer = new byte[stream.Length];
        var length = 0;
        while (length < buffer.Length && stream.Read(buffer, length, buffer.Length - length) is var read and > 0) length += read;
        // One more byte means the file grew since its length was taken.
        if (length == buffer.Length && stream.ReadByte() >= 0)
        {
            sink.Report(TooLarge(file, Math.Max(stream.Length, maxBytes + 1), maxBytes));
            return null;
        }
        return length == buffer.Length ? buffer : buffer[..length];
    }

    /// <summary>Whether <paramref name="bytes"/> are UTF-8; the first byte that is not is reported with its line and column.</summary>
    public static bool IsUtf8(byte[] bytes, string file, IDiagnosticSink sink)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return Utf8Check.IsUtf8(stream, file, sink);
    }

    /// <summary>Decodes bytes known to be UTF-8, dropping a UTF-8 byte order mark.</summary>
    public static string Decode(byte[] bytes)
    {
        var bom = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        return Encoding.UTF8.GetString(bytes, bom, bytes.Length - bom);
    }

    /// <summary>
    /// Opens a data file for streaming readers after checking its size and its UTF-8 in one pass; null (reported)
    /// when it is too large or not UTF-8.
    /// </summary>
    public static TextReader? OpenText(string fullPath, string file, long maxBytes, IDiagnosticSink sink)
    {
        if (OpenOrReport(fullPath, file, 64 << 10, sink) is not { } stream) return null;
        try
        {
            if (stream.Length > maxBytes)
            {
                sink.Report(TooLarge(file, stream.Length, maxBytes));
                stream.Dispose();
                return null;
            }
            var check = Utf8Check.Find(stream, file, maxBytes);
            if (check.BytesRead > maxBytes || check.Invalid is not null)
            {
                sink.Report(check.Invalid is { } at ? Utf8Check.Report(at, check.Byte) : TooLarge(file, check.BytesRead, maxBytes));
                stream.Dispose();
                return null;
            }
            stream.Position = 0;
            return new StreamReader(new LimitedStream(stream, maxBytes), new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The file open for reading; null (reported, TKG093) when it is a pipe, socket, device or folder, or one took its
    /// place since it was listed (<see cref="RegularFile"/>).
    /// </summary>
    public static FileStream? OpenOrReport(string fullPath, string file, int bufferSize, IDiagnosticSink sink)
    {
        try
        {
            return RegularFile.OpenRead(fullPath, bufferSize);
        }
        catch (NotARegularFileException e)
        {
            sink.Report(UnixFileType.NotRead(file, e.What));
            return null;
        }
    }

    /// <summary>The diagnostic for a file over its limit.</summary>
    public static Diagnostic TooLarge(string file, long bytes, long maxBytes) =>
        Diagnostic.Error(new SourceLocation(file, 1, 1), DiagnosticCodes.TooLarge,
            $"file is {ContentLimits.Describe(bytes)}, expected at most {ContentLimits.Describe(maxBytes)}; it is not read");
}
