using System.Text;
using System.Text.Json;
using Spectre.Console;
using TimKnowledgeGraph.Graph.Cypher;

namespace TimKnowledgeGraph.Host.Output;

public enum OutputFormat { Table, Json, Csv }

/// <summary>Writes a query result to the console as a table, JSON (array of records) or CSV (RFC 4180).</summary>
public static class ResultWriter
{
    public static void Write(CypherResult result, OutputFormat format, TextWriter output)
    {
        switch (format)
        {
            case OutputFormat.Json:
                output.WriteLine(JsonSerializer.Serialize(result.Records(), new JsonSerializerOptions { WriteIndented = true }));
                break;
            case OutputFormat.Csv:
                output.WriteLine(string.Join(',', result.Columns.Select(Csv)));
                foreach (var row in result.Rows) output.WriteLine(string.Join(',', row.Select(v => Csv(ValueText.Format(v)))));
                break;
            default:
                var table = new Table().Border(TableBorder.Rounded);
                foreach (var column in result.Columns) table.AddColumn(Markup.Escape(column));
                foreach (var row in result.Rows) table.AddRow(row.Select(v => Markup.Escape(ValueText.Format(v))).ToArray());
                // Colours and box-drawing escapes only for a terminal; redirected output stays plain text.
                var redirected = output != Console.Out || Console.IsOutputRedirected;
                var console = AnsiConsole.Create(new AnsiConsoleSettings
                {
                    Out = new AnsiConsoleOutput(output),
                    Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
                    ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
                });
                console.Write(table);
                output.WriteLine($"{result.Rows.Count} row(s)");
                break;
        }
    }

    private static string Csv(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";
}
