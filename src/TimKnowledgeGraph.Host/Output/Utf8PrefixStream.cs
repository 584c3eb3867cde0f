using System.Text;

namespace TimKnowledgeGraph.Host.Output;

/// <summary>
/// A write-only stream for UTF-8 text that keeps only the text's first characters and counts the rest: what a page
/// shows of a value written out by a serializer, without holding the whole text (a list of millions of items is tens
/// of megabytes as JSON, twice over as a .NET string).
/// </summary>
internal sealed class Utf8PrefixStream : WriteOnlyStream
{
    private readonly int _maxChars;
    private readonly byte[] _kept;
    private int _keptCount;
    private long _chars;

    /// <param name="maxChars">The characters kept of the text's beginning.</param>
    public Utf8PrefixStream(int maxChars)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxChars);
        _maxChars = maxChars;
        // A UTF-16 character is at most 3 bytes of UTF-8 (a surrogate pair's two are 4), so this holds the first
        // maxChars characters whole, and a sequence cut at the end of the buffer falls after them.
        _kept = new byte[3 * (maxChars + 1)];
    }

    /// <summary>The text's first characters and its whole length.</summary>
    public CutText ToCutText() => new(CutText.Prefix(Encoding.UTF8.GetString(_kept, 0, _keptCount), _maxChars), _chars);

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var keep = Math.Min(buffer.Length, _kept.Length - _keptCount);
        buffer[..keep].CopyTo(_kept.AsSpan(_keptCount));
        _keptCount += keep;
        foreach (var b in buffer)
        {
            if ((b & 0xC0) != 0x80) _chars++; // a character starts at every byte but a continuation byte (10xxxxxx)
            if (b >= 0xF0) _chars++; // a four-byte sequence is a character beyond the BMP: two UTF-16 characters
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Flush()
    {
    }
}
