using TimKnowledgeGraph.Host.Output;

namespace TimKnowledgeGraph.Host.Web.Console;

/// <summary>
/// A console result's rows as the page's table shows them. Neo4j's answer is capped at <see cref="ReadOnlyConsoleRunner.MaxRows"/>
/// rows and 32 MB, but a single value can fill those 32 MB, and HTML escaping multiplies it: one list of 2.9 million
/// strings made a 119 MB page and took the host's memory up by 700 MB. So each value shows at most
/// <see cref="MaxCellChars"/> characters and says how long it was, and rows are shown while the table stays within
/// <see cref="MaxTableChars"/>. <c>POST /api/cypher</c> returns the same values whole.
/// </summary>
internal sealed class ConsoleTable
{
    /// <summary>
    /// Characters shown of one value: about a screenful of a table cell (25 lines of 80), enough to recognise a value and
    /// read a note's first paragraphs; past that a page is the wrong place to read it.
    /// </summary>
    public const int MaxCellChars = 2_000;

    /// <summary>
    /// Characters shown of all the values, each cell counting <see cref="CellChars"/> more for its markup. A column of
    /// 500 values cut to <see cref="MaxCellChars"/> (with a short column beside it) fits, so only wider results lose rows.
    /// Escaped, a character is at most 8 of HTML (<c>&amp;#x2028;</c>), markup characters 4 to 6, so the table stays
    /// under about 8 MB whatever the result, and under 5 MB for text of nothing but markup characters.
    /// </summary>
    public const int MaxTableChars = 1 << 20;

    /// <summary>What a cell counts besides its value: its markup, so that thousands of columns of tiny values are bounded too.</summary>
    public const int CellChars = 20;

    private ConsoleTable(IReadOnlyList<IReadOnlyList<ConsoleCell>> rows, int rowsLeftOut)
    {
        Rows = rows;
        RowsLeftOut = rowsLeftOut;
        AnyCut = rows.Any(row => row.Any(cell => cell.Text.IsCut));
    }

    /// <summary>The rows shown, each value cut to <see cref="MaxCellChars"/>.</summary>
    public IReadOnlyList<IReadOnlyList<ConsoleCell>> Rows { get; }

    /// <summary>The rows of the result not shown because the table reached <see cref="MaxTableChars"/>.</summary>
    public int RowsLeftOut { get; }

    /// <summary>True when a value shown was cut.</summary>
    public bool AnyCut { get; }

    /// <summary>The table of <paramref name="rows"/>. Past the budget, values are not even formatted.</summary>
    public static ConsoleTable Of(IReadOnlyList<IReadOnlyList<object?>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var shown = new List<IReadOnlyList<ConsoleCell>>();
        long used = 0;
        foreach (var row in rows)
        {
            var cells = new List<ConsoleCell>(row.Count);
            foreach (var value in row)
            {
                // Checked cell by cell: one row can hold thousands of columns.
                var cell = ConsoleCell.Of(value);
                used += cell.Text.Shown.Length + CellChars;
                if (used > MaxTableChars) return new ConsoleTable(shown, rows.Count - shown.Count);
                cells.Add(cell);
            }
            shown.Add(cells);
        }
        return new ConsoleTable(shown, 0);
    }
}

/// <summary>
/// One value of the table: its text, cut, and whether it is JSON (a list, map, node), which is set in a monospace font.
/// A null reads "null" and an empty string <c>""</c>, as Neo4j Browser shows them: both were an empty cell.
/// </summary>
internal sealed record ConsoleCell(CutText Text, bool IsJson, bool IsNull = false)
{
    /// <summary>The cell of <paramref name="value"/>.</summary>
    public static ConsoleCell Of(object? value) => value switch
    {
        null => new(ValueText.Cut("null", ConsoleTable.MaxCellChars), IsJson: false, IsNull: true),
        "" => new(ValueText.Cut("\"\"", ConsoleTable.MaxCellChars), IsJson: true),
        _ => new(ValueText.Cut(value, ConsoleTable.MaxCellChars), value is not (string or long or double or bool)),
    };
}
