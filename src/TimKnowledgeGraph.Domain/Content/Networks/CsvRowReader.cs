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
    private static CsvReaderOptions Options(IDiagnosticSink sink, string file) => new()
    {
        Separator = ',',
        TrackLineNumbers = true,
        TrimWhitespace = true,
        SkipEmptyLines = true,
        OnMalformedRecord = m => sink.Report(Diagnostic.Error(
            new SourceLocation(file, (int)m.LineNumber, 1), DiagnosticCodes.MalformedCsv,
            $"malformed CSV ({Describe(m.Reason)}) in: {Shorten(m.RawRecord)}")),
    };

    /// <summary>Header column indexes for the known columns (-1 when absent).</summary>
    internal sealed record Header(IReadOnlyDictionary<string, int> Index, int Count)
    {
        public int this[string column] => Index.TryGetValue(column, out var i) ? i : -1;
    }

    public static IEnumerable<T> Read<T>(
        TextReader text, string file, IDiagnosticSink sink,
        IReadOnlyList<string> columns, IReadOnlyList<string> required,
        Func<CsvReader, Header, SourceLocation, T?> convert) where T : class
    {
        using var csv = CsvReader.Create(text, Options(sink, file));
        var header = ReadHeader(csv, file, sink, columns, required);
        if (header is null) yield break;
        while (Next(csv, file, sink))
        {
            var at = new SourceLocation(file, (int)csv.LineNumber, 1);
            if (WrongWidth(csv, header, at, sink)) continue;
            if (convert(csv, header, at) is { } row) yield return row;
        }
    }

    public static async IAsyncEnumerable<T> ReadAsync<T>(
        Stream utf8, string file, IDiagnosticSink sink,
        IReadOnlyList<string> columns, IReadOnlyList<string> required,
        Func<CsvReader, Header, SourceLocation, T?> convert,
        [EnumeratorCancellation] CancellationToken cancellationToken = default) where T : class
    {
        var csv = CsvReader.Create(utf8, Options(sink, file), leaveOpen: true);
        await using var csvScope = csv.ConfigureAwait(false);
        await csv.ReadHeaderAsync(cancellationToken).ConfigureAwait(false);
        var header = ReadHeader(csv, file, sink, columns, required);
        if (header is null) yield break;
        while (await csv.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var at = new SourceLocation(file, (int)csv.LineNumber, 1);
            if (WrongWidth(csv, header, at, sink)) continue;
            if (convert(csv, header, at) is { } row) yield return row;
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
    public static IReadOnlyDictionary<string, SourceLocation> FieldLocations(CsvReader csv, Header header, SourceLocation at)
    {
        var starts = FieldStarts(csv.RawRecord);
        var locations = new Dictionary<string, SourceLocation>(header.Index.Count);
        foreach (var (column, index) in header.Index)
            if (index < starts.Count) locations[column] = at with { Column = starts[index] };
        return locations;
    }

    private static Header? ReadHeader(CsvReader csv, string file, IDiagnosticSink sink, IReadOnlyList<string> columns, IReadOnlyList<string> required)
    {
        var at = new SourceLocation(file, 1, 1);
        IReadOnlyList<string> names;
        try
        {
            names = csv.Headers;
        }
        catch (CsvFormatException e)
        {
            sink.Report(Diagnostic.Error(at, DiagnosticCodes.MalformedCsv, $"the header row could not be read: {e.Message}"));
            return null;
        }
        if (names.Count > ContentLimits.MaxCsvColumns)
        {
            // Each unknown column would be one warning; a million of them would flood memory and the screen.
            sink.Report(Diagnostic.Error(at, DiagnosticCodes.TooLarge,
                $"the header has {names.Count} columns, expected at most {ContentLimits.MaxCsvColumns} (known columns: {string.Join(",", columns)})"));
            return null;
        }
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var column in columns)
            if (csv.TryGetFieldIndex(column, out var i)) index[column] = i;

        var missing = required.Where(c => !index.ContainsKey(c)).ToList();
        foreach (var column in missing)
        {
            sink.Report(Diagnostic.Error(at, DiagnosticCodes.MissingRequired,
                $"the header has no '{column}' column, which is required (found: {string.Join(",", names)}; expected: {string.Join(",", columns)})",
                EditDistance.Hint(column, names)));
        }
        foreach (var name in names.Where(n => !columns.Contains(n.Trim(), StringComparer.OrdinalIgnoreCase)))
        {
            sink.Report(Diagnostic.Warning(at, DiagnosticCodes.UnknownKey,
                $"unknown column '{name}'; it is ignored (known columns: {string.Join(",", columns)})",
                EditDistance.Hint(name, columns)));
        }
        return missing.Count > 0 ? null : new Header(index, names.Count);
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
            var line = e.LineNumber is long l and > 0 ? (int)l : 1;
            sink.Report(Diagnostic.Error(new SourceLocation(file, line, 1), DiagnosticCodes.MalformedCsv,
                $"malformed CSV, the rest of the file is not read: {e.Message}"));
            return false;
        }
    }

    // More fields than the header: probably an unquoted comma; mapping the row would shift columns silently.
    private static bool WrongWidth(CsvReader csv, Header header, SourceLocation at, IDiagnosticSink sink)
    {
        if (csv.FieldCount <= header.Count) return false;
        sink.Report(Diagnostic.Error(at, DiagnosticCodes.MalformedCsv,
            $"row has {csv.FieldCount} fields, the header has {header.Count}; quote values that contain commas"));
        return true;
    }

    private static List<int> FieldStarts(ReadOnlySpan<byte> raw)
    {
        var starts = new List<int> { 1 };
        var column = 1;
        var quoted = false;
        foreach (var b in raw)
        {
            if ((b & 0xC0) == 0x80) continue; // UTF-8 continuation byte: same character
            column++;
            if (b == (byte)'"') quoted = !quoted;
            else if (b == (byte)',' && !quoted) starts.Add(column);
        }
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

    private static string Shorten(string raw) => raw.Length <= 60 ? raw : raw[..57] + "...";
}
