using System.Buffers;
using System.Text.Unicode;
using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.Reading;

/// <summary>
/// Finds the first byte that is not UTF-8 in a stream, with its line and column: decoders would silently turn it into
/// U+FFFD. Streams in 64 KiB blocks (a sequence cut by a block end is carried over), so any file size costs the same memory.
/// </summary>
internal static class Utf8Check
{
    private const int BlockSize = 64 << 10;

    /// <summary>The outcome of a check: where the first bad byte is (null when all is UTF-8), and the bytes read.</summary>
    public readonly record struct Result(SourceLocation? Invalid, byte Byte, long BytesRead);

    /// <summary>
    /// Reads <paramref name="stream"/> to its end, or until more than <paramref name="maxBytes"/> bytes were read
    /// (then <see cref="Result.BytesRead"/> says so), stopping at the first byte that is not UTF-8. A leading UTF-8
    /// byte order mark is fine. Columns count UTF-16 characters from 1, as the readers' other diagnostics do.
    /// </summary>
    public static Result Find(Stream stream, string file, long maxBytes = long.MaxValue)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(BlockSize + 4);
        var chars = ArrayPool<char>.Shared.Rent(BlockSize + 4);
        try
        {
            var carried = 0;
            var line = 1;
            var column = 1;
            var afterCarriageReturn = false;
            long total = 0;
            var first = true;
            while (true)
            {
                var read = ReadBlock(stream, bytes, carried);
                total += read;
                if (total > maxBytes) return new Result(null, 0, total);
                var final = read == 0;
                var block = bytes.AsSpan(0, carried + read);
                if (first && block.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) block = block[3..];
                first = false;
                // Every byte gives at most one UTF-16 character, so the character buffer is never too small.
                var status = Utf8.ToUtf16(block, chars, out var consumed, out var written, replaceInvalidSequences: false, isFinalBlock: final);
                Advance(chars.AsSpan(0, written), ref line, ref column, ref afterCarriageReturn);
                if (status == OperationStatus.InvalidData)
                    return new Result(new SourceLocation(file, line, column), block[consumed], total);
                if (final) return new Result(null, 0, total);
                carried = block.Length - consumed;
                block[consumed..].CopyTo(bytes);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Whether <paramref name="stream"/> is UTF-8 to its end; the first byte that is not is reported.</summary>
    public static bool IsUtf8(Stream stream, string file, IDiagnosticSink sink)
    {
        var check = Find(stream, file);
        if (check.Invalid is not { } at) return true;
        sink.Report(Report(at, check.Byte));
        return false;
    }

    /// <summary>The diagnostic for a byte that is not UTF-8.</summary>
    public static Diagnostic Report(SourceLocation at, byte value) =>
        Diagnostic.Error(at, Validation.DiagnosticCodes.NotUtf8,
            $"byte 0x{value:X2} is not UTF-8 here, expected UTF-8 text (the file may be saved as Latin-1 or Windows-1252)",
            "save the file as UTF-8");

    // Fills the buffer after the carried bytes as far as the stream allows (a FileStream may return short reads).
    private static int ReadBlock(Stream stream, byte[] buffer, int offset)
    {
        var total = 0;
        while (total < BlockSize)
        {
            var read = stream.Read(buffer, offset + total, BlockSize - total);
            if (read == 0) break;
            total += read;
        }
        return total;
    }

    // Lines end as LineIndex.LineAt has it, a lone "\r" too (a note or CSV file written with them had its bad byte on
    // line 1). A "\r\n" cut by a block's end was counted at its "\r": the "\n" that starts the next block is skipped.
    private static void Advance(ReadOnlySpan<char> text, ref int line, ref int column, ref bool afterCarriageReturn)
    {
        if (text.IsEmpty) return;
        if (afterCarriageReturn && text[0] == '\n') text = text[1..];
        afterCarriageReturn = text.EndsWith('\r');
        var start = 0;
        while (LineIndex.LineAt(text, start).Next is var next && next <= text.Length) (line, column, start) = (line + 1, 1, next);
        column += text.Length - start;
    }
}
