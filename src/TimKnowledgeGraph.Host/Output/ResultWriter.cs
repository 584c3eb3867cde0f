using System.Text.Json;
using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Host.Output;

internal enum OutputFormat { Table, Json, Csv }

/// <summary>
/// Writes a query result as a table, JSON (array of records) or CSV (RFC 4180; floats with every digit, as JSON has them). A table goes to a terminal as
/// <see cref="TerminalTable"/> lays it out; redirected (a pipe, a file) it is tab-separated text with a header line,
/// one record per line, which grep, cut and awk read.
/// </summary>
internal static class ResultWriter
{
    // A float stays one in JSON (3.0, not 3), as the HTTP API writes it.
    private static readonly JsonSerializerOptions JsonOutput = new() { WriteIndented = true, Converters = { new FloatJsonConverter() } };

    /// <param name="terminalWidth">The terminal's width in columns, or null when the output is not a terminal;
    /// by default, the process's console when <paramref name="output"/> is it and is not redirected.</param>
    public static void Write(CypherResult result, OutputFormat format, TextWriter output, int? terminalWidth = null)
    {
        switch (format)
        {
            case OutputFormat.Json:
                output.WriteLine(JsonSerializer.Serialize(result.Records(), JsonOutput));
                break;
            case OutputFormat.Csv:
                output.WriteLine(string.Join(',', result.Columns.Select(Csv)));
                foreach (var row in result.Rows) output.WriteLine(string.Join(',', row.Select(v => Csv(ValueText.Exact(v)))));
                break;
            default:
                var rows = result.Rows.Select(row => row.Select(ReadableText.Format).ToArray()).ToList();
                var width = terminalWidth ?? TerminalWidth(output);
                if (width is { } columns) TerminalTable.Write(result.Columns, rows, columns, output, colour: terminalWidth is null);
                else WriteTabSeparated(result.Columns, rows, output);
                break;
        }
    }

    private static int? TerminalWidth(TextWriter output)
    {
        if (output != Console.Out || Console.IsOutputRedirected) return null;
        try { return Console.WindowWidth > 0 ? Console.WindowWidth : 80; }
        catch (IOException) { return 80; }
    }

    /// <summary>Cells are already one line (<see cref="ReadableText"/>); a tab inside one became a space there.</summary>
    private static void WriteTabSeparated(IReadOnlyList<string> columns, List<string[]> rows, TextWriter output)
    {
        output.WriteLine(string.Join('\t', columns));
        foreach (var row in rows) output.WriteLine(string.Join('\t', row));
    }

    private static string Csv(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";
}
