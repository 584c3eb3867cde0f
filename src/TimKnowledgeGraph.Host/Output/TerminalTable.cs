using System.Text;
using Spectre.Console;

namespace TimKnowledgeGraph.Host.Output;

/// <summary>
/// A result for a person at a terminal of a given width: a table when every row fits on one line at that width (cells
/// never wrapped into columns of a few characters), otherwise one block per record, "column │ value", with long
/// values wrapped at word boundaries — the layout psql calls expanded display.
/// </summary>
internal static class TerminalTable
{
    public static void Write(IReadOnlyList<string> columns, IReadOnlyList<string[]> rows, int width, TextWriter output, bool colour)
    {
        if (FitsOnOneLine(columns, rows, width)) WriteTable(columns, rows, output, colour);
        else WriteRecords(columns, rows, width, output);
        output.WriteLine(rows.Count == 1 ? "1 row" : $"{rows.Count} rows");
    }

    /// <summary>Width of a rounded Spectre table: each column's widest cell plus one space either side and a border.</summary>
    private static bool FitsOnOneLine(IReadOnlyList<string> columns, IReadOnlyList<string[]> rows, int width)
    {
        var total = 1;
        for (var c = 0; c < columns.Count; c++)
        {
            var widest = columns[c].Length;
            foreach (var row in rows) widest = Math.Max(widest, row[c].Length);
            total += widest + 3;
        }
        return total <= width;
    }

    private static void WriteTable(IReadOnlyList<string> columns, IReadOnlyList<string[]> rows, TextWriter output, bool colour)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in columns) table.AddColumn(new TableColumn(Markup.Escape(column)).NoWrap());
        foreach (var row in rows) table.AddRow(row.Select(Markup.Escape).ToArray());
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = colour ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = colour ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        // The console's own width would wrap again; the table was measured to fit.
        console.Profile.Width = int.MaxValue / 2;
        console.Write(table);
    }

    private static void WriteRecords(IReadOnlyList<string> columns, IReadOnlyList<string[]> rows, int width, TextWriter output)
    {
        var labelWidth = Math.Min(columns.Max(c => c.Length), Math.Max(8, width / 3));
        var valueWidth = Math.Max(20, width - labelWidth - 3);
        for (var r = 0; r < rows.Count; r++)
        {
            var title = $"─[ record {r + 1} ]";
            output.WriteLine(title + new string('─', Math.Max(0, Math.Min(width, labelWidth + 3 + valueWidth) - title.Length)));
            for (var c = 0; c < columns.Count; c++)
            {
                var lines = Wrap(rows[r][c], valueWidth);
                for (var l = 0; l < lines.Count; l++)
                    output.WriteLine($"{(l == 0 ? Fit(columns[c], labelWidth) : new string(' ', labelWidth))} │ {lines[l]}");
            }
        }
    }

    private static string Fit(string label, int width) =>
        label.Length <= width ? label.PadRight(width) : label[..(width - 1)] + "…";

    /// <summary>Greedy word wrap; a word longer than the width is cut.</summary>
    internal static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var rest = word;
            while (rest.Length > 0)
            {
                var room = line.Length == 0 ? width : width - line.Length - 1;
                if (rest.Length <= room)
                {
                    if (line.Length > 0) line.Append(' ');
                    line.Append(rest);
                    rest = "";
                }
                else if (line.Length > 0)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }
                else
                {
                    lines.Add(rest[..width]);
                    rest = rest[width..];
                }
            }
        }
        if (line.Length > 0 || lines.Count == 0) lines.Add(line.ToString());
        return lines;
    }
}
