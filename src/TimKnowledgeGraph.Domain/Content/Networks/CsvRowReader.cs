using System.Runtime.CompilerServices;
using CsvHelper;
using TimKnowledgeGraph.Domain.Content.Validation;
using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.Networks;

/// <summary>
/// The streaming core shared by the actor and tie readers: one CsvHelper reader, one row in memory at a time,
/// header checked once, problems reported with the line they start on. Rows are converted by a delegate
/// while the reader is positioned on them.
/// </summary>
internal static class CsvRowReader
{
    // HasHeader is false because CsvHelper keeps no raw text of a header it reads itself: the first record is read as a
    // row, so that its raw text locates each header cell, and is then made the header (ReadHeader on a record does that).
    private static CsvReaderOptions Options(IDiagnosticSink sink, string file) => new()
    {
        HasHeader = false,
        Separator = ',',
        TrackLineNumbers = true,
        TrimWhitespace = true,
        SkipEmptyLines = true,
        MaxRecordSize = ContentLimits.MaxCsvRecordBytes,
        OnMalformedRecord = m => sink.Report(Diagnostic.Error(
            new SourceLocation(file, (int)m.LineNumber, QuoteProblemColumn(m.RawRecord, m.Reason)), DiagnosticCodes.MalformedCsv,
            $"malformed CSV ({Describe(m.Reason)}) in: {Excerpt(m.RawRecord)}")),
    };

    /// <summary>Header column indexes for the known columns (-1 when absent).</summary>
    internal sealed record Header(IReadOnlyDictionary<string, int> Index, int Count)
    {
        public int this[string column] => Index.TryGetValue(column, out var i) ? i : -1;
    }

    public static IEnumerable<T> Read<T>(
        TextReader text, string file, IDiagnosticSink sink,
        IReadOnlyList<string> columns, IReadOnlyList<string> required,
        Func<CsvReader, Header, SourceLocation, T?> convert) where T : NetworkRow
    {
        using var csv = CsvReader.Create(text, Options(sink, file));
        var header = ReadFirstRecord(csv, file, sink) is { } cells ? ReadHeader(csv, cells, file, sink, columns, required) : null;
        if (header is null) yield break;
        while (Next(csv, file, sink))
        {
            var at = new SourceLocation(file, (int)csv.LineNumber, 1);
            if (WrongWidth(csv, header, at, sink)) continue;
            if (convert(csv, header, at) is { } read && NetworkRowValues.Read(read, sink) is { } row) yield return row;
        }
    }

    public static async IAsyncEnumerable<T> ReadAsync<T>(
        Stream utf8, string file, IDiagnosticSink sink,
        IReadOnlyList<string> columns, IReadOnlyList<string> required,
        Func<CsvReader, Header, SourceLocation, T?> convert,
        [EnumeratorCancellation] CancellationToken cancellationToken = default) where T : NetworkRow
    {
        var csv = CsvReader.Create(utf8, Options(sink, file), leaveOpen: true);
        await using var csvScope = csv.ConfigureAwait(false);
        var cells = await ReadFirstRecordAsync(csv, file, sink, cancellationToken).ConfigureAwait(false);
        var header = cells is null ? null : ReadHeader(csv, cells, file, sink, columns, required);
        if (header is null) yield break;
        while (await NextAsync(csv, file, sink, cancellationToken).ConfigureAwait(false))
        {
            var at = new SourceLocation(file, (int)csv.LineNumber, 1);
            if (WrongWidth(csv, header, at, sink)) continue;
            if (convert(csv, header, at) is { } read && NetworkRowValues.Read(read, sink) is { } row) yield return row;
        }
    }

    /// <summary>A field's text, or null when the column is absent or the field empty.</summary>
    public static string? Field(CsvReader csv, Header header, string column)
    {
        var index = header[column];
        if (index < 0 || index >= csv.FieldCount) return null;
        var value = csv.GetString(index);
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary>Where each known column's field starts on the current row (columns counted in characters).</summary>
    public static IReadOnlyDictionary<string, SourceLocation> FieldLocations(CsvReader csv, Header header, SourceLocation at) =>
        new CsvFieldLocations(header.Index, FieldStarts(csv.RawRecord, header.Count), at);

    /// <summary>Where the header is: its line (that of the first record, after blank lines) and where each cell starts.</summary>
    private sealed record HeaderCells(int Line, IReadOnlyList<int> Starts)
    {
        public static readonly HeaderCells None = new(1, []);

        public static HeaderCells Of(CsvReader csv) => new((int)csv.LineNumber, FieldStarts(csv.RawRecord, csv.FieldCount));

        /// <summary>The column the <paramref name="index"/>-th cell starts at (1 when unknown).</summary>
        public int ColumnOf(int index) => index < Starts.Count ? Starts[index] : 1;
    }

    // Reads the first record and makes it the header; null when it cannot be read (reported).
    private static HeaderCells? ReadFirstRecord(CsvReader csv, string file, IDiagnosticSink sink)
    {
        try
        {
            if (!csv.Read()) return HeaderCells.None;
            var cells = HeaderCells.Of(csv);
            csv.ReadHeader();
            return cells;
        }
        catch (CsvFormatException e)
        {
            sink.Report(HeaderUnreadable(e, file));
            return null;
        }
    }

    // As ReadFirstRecord, for the streaming import.
    private static async ValueTask<HeaderCells?> ReadFirstRecordAsync(CsvReader csv, string file, IDiagnosticSink sink, CancellationToken cancellationToken)
    {
        try
        {
            if (!await csv.ReadAsync(cancellationToken).ConfigureAwait(false)) return HeaderCells.None;
            var cells = HeaderCells.Of(csv);
            await csv.ReadHeaderAsync(cancellationToken).ConfigureAwait(false); // the record read becomes the header
            return cells;
        }
        catch (CsvFormatException e)
        {
            sink.Report(HeaderUnreadable(e, file));
            return null;
        }
    }

    private static Header? ReadHeader(CsvReader csv, HeaderCells cells, string file, IDiagnosticSink sink, IReadOnlyList<string> columns, IReadOnlyList<string> required)
    {
        var at = new SourceLocation(file, cells.Line, 1);
        var names = csv.Headers;
        if (names.Count > ContentLimits.MaxCsvColumns)
        {
            // Each unknown column would be one warning; a million of them would flood memory and the screen.
            sink.Report(Diagnostic.Error(at, DiagnosticCodes.TooLarge,
                $"the header has {names.Count} columns, expected at most {ContentLimits.MaxCsvColumns} (known columns: {string.Join(",", columns)})"));
            return null;
        }
        // Excel in many European locales saves "CSV" with semicolons: one header cell "id;name", and every column
        // reported missing or unknown without saying why.
        if (names.Count == 1 && names[0].Contains(';', StringComparison.Ordinal))
        {
            sink.Report(Diagnostic.Error(at, DiagnosticCodes.MalformedCsv,
                $"the header '{Excerpt(names[0])}' is separated by semicolons; expected commas (in Excel: save as \"CSV UTF-8 (Comma delimited)\", or replace ';' with ',')"));
            return null;
        }
        ReportRepeatedColumns(names, cells, at, sink);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var column in columns)
            if (csv.TryGetFieldIndex(column, out var i)) index[column] = i;

        var missing = required.Where(c => !index.ContainsKey(c)).ToList();
        foreach (var column in missing)
        {
            sink.Report(Diagnostic.Error(at, DiagnosticCodes.MissingRequired,
                $"the header has no '{column}' column, which is required (found: {string.Join(",", names.Select(Excerpt))}; expected: {string.Join(",", columns)})",
                EditDistance.Hint(column, names)));
        }
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            if (columns.Contains(name.Trim(), StringComparer.OrdinalIgnoreCase)) continue;
            // At its own cell, as a repeated column is.
            sink.Report(Diagnostic.Warning(at with { Column = cells.ColumnOf(i) }, DiagnosticCodes.UnknownKey,
                $"unknown column '{Excerpt(name)}'; it is ignored (known columns: {string.Join(",", columns)})",
                EditDistance.Hint(name, columns)));
        }
        return missing.Count > 0 ? null : new Header(index, names.Count);
    }

    // CsvHelper maps a column name to its first column (matching case- and space-insensitively), so a second
    // 'layers' column would be read by nothing and its values lost without a word.
    private static void ReportRepeatedColumns(IReadOnlyList<string> names, HeaderCells cells, SourceLocation at, IDiagnosticSink sink)
    {
        var first = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i].Trim();
            if (name.Length == 0) continue; // blank columns (a spreadsheet's trailing commas) are read by nothing anyway
            var cell = at with { Column = cells.ColumnOf(i) };
            if (first.TryAdd(name, cell.Column)) continue;
            sink.Report(Diagnostic.Error(cell, DiagnosticCodes.MalformedCsv,
                $"column '{Excerpt(name)}' is already in the header at column {first[name]}; a column may appear once (only the first is read: the values under this one would be lost)"));
        }
    }

    // C# iterators cannot yield inside try/catch, so reading one record is wrapped here.
    private static bool Next(CsvReader csv, string file, IDiagnosticSink sink)
    {
        try
        {
            return csv.Read();
        }
        catch (CsvFormatException e)
        {
            sink.Report(Unreadable(e, file));
            return false;
        }
    }

    // As Next, for the streaming import.
    private static async ValueTask<bool> NextAsync(CsvReader csv, string file, IDiagnosticSink sink, CancellationToken cancellationToken)
    {
        try
        {
            return await csv.ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (CsvFormatException e)
        {
            sink.Report(Unreadable(e, file));
            return false;
        }
    }

    private static Diagnostic HeaderUnreadable(CsvFormatException e, string file) =>
        Unreadable(e, file, "the header row", $"the header row could not be read: {e.Message}");

    private static Diagnostic Unreadable(CsvFormatException e, string file) =>
        Unreadable(e, file, "this row", $"malformed CSV, the rest of the file is not read: {e.Message}");

    private static Diagnostic Unreadable(CsvFormatException e, string file, string row, string malformed)
    {
        var at = new SourceLocation(file, e.LineNumber is long l and > 0 ? (int)l : 1, 1);
        // CsvHelper says so in its option's name only (MaxRecordSize); the limit is ours.
        return e.Message.Contains(nameof(CsvReaderOptions.MaxRecordSize), StringComparison.Ordinal)
            ? Diagnostic.Error(at, DiagnosticCodes.TooLarge,
                $"{row} is longer than {ContentLimits.Describe(ContentLimits.MaxCsvRecordBytes)}, expected at most that (is a quote left open?); the rest of the file is not read")
            : Diagnostic.Error(at, DiagnosticCodes.MalformedCsv, malformed);
    }

    // More fields than the header: probably an unquoted comma; mapping the row would shift columns silently.
    private static bool WrongWidth(CsvReader csv, Header header, SourceLocation at, IDiagnosticSink sink)
    {
        if (csv.FieldCount <= header.Count) return false;
        sink.Report(Diagnostic.Error(at, DiagnosticCodes.MalformedCsv,
            $"row has {csv.FieldCount} fields, the header has {header.Count}; quote values that contain commas"));
        return true;
    }

    // The column of each field's first character after the spaces and tabs TrimWhitespace removes (so a diagnostic
    // points at the value, not at the blank before it); an empty field starts where the next separator is.
    private static List<int> FieldStarts(ReadOnlySpan<byte> raw, int fields)
    {
        var starts = new List<int>(fields + 1);
        var column = 0;
        var quoted = false;
        var awaiting = true;
        foreach (var b in raw)
        {
            if ((b & 0xC0) == 0x80) continue; // UTF-8 continuation byte: same character
            column++;
            if (awaiting)
            {
                if (b is (byte)' ' or (byte)'\t') continue;
                starts.Add(column);
                awaiting = false;
            }
            if (b == (byte)'"') quoted = !quoted;
            else if (b == (byte)',' && !quoted) awaiting = true;
        }
        if (awaiting) starts.Add(column + 1);
        return starts;
    }

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "a quote inside an unquoted field",
        CsvMalformedReason.TextAfterClosingQuote => "text after a closing quote",
        CsvMalformedReason.UnterminatedQuote => "a quoted field that is never closed",
        CsvMalformedReason.LineBreakInQuotes => "a line break inside quotes",
        CsvMalformedReason.FieldCountMismatch => "wrong number of fields",
        _ => reason.ToString(),
    };

    // A diagnostic is one line: line breaks and other control characters of the excerpt are written as escapes
    // (a quote left open swallows the rest of the file, line breaks and all), and a long record is cut, never inside
    // an escape or a surrogate pair.
    /// <summary>
    /// The 1-based column of a stray quote (inside a field that did not start with one) or of the first character after
    /// a closing quote that is not a comma; 1 for other problems or when the record is not on one line.
    /// </summary>
    internal static int QuoteProblemColumn(string raw, CsvMalformedReason reason)
    {
        if (reason is not (CsvMalformedReason.StrayQuote or CsvMalformedReason.TextAfterClosingQuote)) return 1;
        var fieldStart = true;   // no character of the field read yet (blanks aside)
        var quoted = false;      // inside a quoted field
        var closed = false;      // a quoted field's closing quote was read
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c is '\n' or '\r') return 1;
            if (quoted)
            {
                if (c != '"') continue;
                if (i + 1 < raw.Length && raw[i + 1] == '"') { i++; continue; } // an escaped quote
                (quoted, closed) = (false, true);
                continue;
            }
            if (c == ',') { (fieldStart, closed) = (true, false); continue; }
            if (c is ' ' or '\t' && (fieldStart || closed)) continue;
            if (closed) return reason == CsvMalformedReason.TextAfterClosingQuote ? i + 1 : 1;
            if (c == '"' && fieldStart) { (quoted, fieldStart) = (true, false); continue; }
            if (c == '"') return reason == CsvMalformedReason.StrayQuote ? i + 1 : 1;
            fieldStart = false;
        }
        return 1;
    }

    internal static string Excerpt(string raw)
    {
        const int max = 60;
        var text = new System.Text.StringBuilder();
        var fits = 0; // the length of the text up to the last whole character that leaves room for "..."
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            text.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:X4}",
                _ when char.IsHighSurrogate(c) && i + 1 < raw.Length => raw.Substring(i++, 2),
                _ => c.ToString(),
            });
            if (text.Length > max) return text.ToString(0, fits) + "...";
            if (text.Length <= max - 3) fits = text.Length;
        }
        return text.ToString();
    }
}
