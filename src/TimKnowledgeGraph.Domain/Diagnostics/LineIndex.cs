namespace TimKnowledgeGraph.Domain.Diagnostics;

/// <summary>
/// Maps offsets in a text to 1-based line and column, for readers that scan by offset. A column counts characters, as
/// editors do (a tab is one), not Markdig's columns, which run a tab on to the next multiple of 4.
/// </summary>
internal sealed class LineIndex
{
    private readonly List<int> _lineStarts = [0];
    private readonly string _file;

    /// <summary>Indexes the line starts of <paramref name="text"/> (chars or UTF-8 bytes: '\n' is the same unit).</summary>
    public LineIndex(ReadOnlySpan<char> text, string file)
    {
        _file = file;
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '\n') _lineStarts.Add(i + 1);
    }

    /// <summary>Indexes the line starts of UTF-8 bytes.</summary>
    public LineIndex(ReadOnlySpan<byte> utf8, string file)
    {
        _file = file;
        for (var i = 0; i < utf8.Length; i++)
            if (utf8[i] == (byte)'\n') _lineStarts.Add(i + 1);
    }

    /// <summary>The location of an offset.</summary>
    public SourceLocation At(long offset)
    {
        var index = _lineStarts.BinarySearch((int)offset);
        var line = index >= 0 ? index : ~index - 1;
        return new SourceLocation(_file, line + 1, (int)offset - _lineStarts[line] + 1);
    }
}
