namespace TimKnowledgeGraph.Domain.Diagnostics;

/// <summary>
/// Maps offsets in a text to 1-based line and column, for readers that scan by offset. A column counts characters, as
/// editors do (a tab is one), not Markdig's columns, which run a tab on to the next multiple of 4.
/// </summary>
internal sealed class LineIndex
{
    private readonly List<int> _lineStarts = [0];
    private readonly string _file;

    /// <summary>
    /// Indexes the line starts of <paramref name="text"/>, lines ending as <see cref="LineAt"/> has it (a lone carriage
    /// return too: a note written with them had every body diagnostic on line 1, at a column past the line's end).
    /// </summary>
    public LineIndex(ReadOnlySpan<char> text, string file)
    {
        _file = file;
        for (var next = LineAt(text, 0).Next; next <= text.Length; next = LineAt(text, next).Next)
            _lineStarts.Add(next);
    }

    /// <summary>
    /// Indexes the line starts of UTF-8 bytes, at line feeds only: the JSON reader's own positions, reported from the
    /// same files, count lines that way.
    /// </summary>
    public LineIndex(ReadOnlySpan<byte> utf8, string file)
    {
        _file = file;
        for (var i = 0; i < utf8.Length; i++)
            if (utf8[i] == (byte)'\n') _lineStarts.Add(i + 1);
    }

    /// <summary>
    /// The line of <paramref name="text"/> that starts at <paramref name="start"/>: where its text ends and where the
    /// next line starts (past the end of the text when it is the last). A line ends at "\n", "\r\n" or a lone "\r", as
    /// CommonMark (so Markdig), YAML and editors have it.
    /// </summary>
    public static (int End, int Next) LineAt(ReadOnlySpan<char> text, int start)
    {
        var length = text[start..].IndexOfAny('\r', '\n');
        if (length < 0) return (text.Length, text.Length + 1);
        var end = start + length;
        return (end, text[end..].StartsWith("\r\n") ? end + 2 : end + 1);
    }

    /// <summary>The offset of a location in this text (line and column from 1), clamped to the text's lines.</summary>
    public int Offset(SourceLocation at) =>
        _lineStarts[Math.Clamp(at.Line - 1, 0, _lineStarts.Count - 1)] + Math.Max(0, at.Column - 1);

    /// <summary>The location of an offset.</summary>
    public SourceLocation At(long offset)
    {
        var index = _lineStarts.BinarySearch((int)offset);
        var line = index >= 0 ? index : ~index - 1;
        return new SourceLocation(_file, line + 1, (int)offset - _lineStarts[line] + 1);
    }
}
