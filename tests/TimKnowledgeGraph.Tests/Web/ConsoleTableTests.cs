using TimKnowledgeGraph.Host.Web.Console;

namespace TimKnowledgeGraph.Tests.Web;

/// <summary>
/// The console's table is bounded whatever the result: each value cut to <see cref="ConsoleTable.MaxCellChars"/>, and
/// rows shown while the table stays within <see cref="ConsoleTable.MaxTableChars"/>.
/// </summary>
public sealed class ConsoleTableTests
{
    private static readonly string Long = new('x', 5_000);

    [Fact]
    public void ShouldShowEveryRowOfAColumnOfLongValuesEachCut()
    {
        var table = ConsoleTable.Of(Rows(500, i => [(long)i, Long]));

        Assert.Equal(500, table.Rows.Count);
        Assert.Equal(0, table.RowsLeftOut);
        Assert.True(table.AnyCut);
        Assert.All(table.Rows, row => Assert.Equal(ConsoleTable.MaxCellChars, row[1].Text.Shown.Length));
        Assert.All(table.Rows, row => Assert.Equal(5_000, row[1].Text.Length));
    }

    [Fact]
    public void ShouldTellANullFromAnEmptyString()
    {
        // Both were an empty cell.
        var row = Assert.Single(ConsoleTable.Of([[null, "", "x"]]).Rows);

        Assert.Equal(["null", "\"\"", "x"], row.Select(c => c.Text.Shown));
        Assert.Equal([true, false, false], row.Select(c => c.IsNull));
    }

    [Fact]
    public void ShouldStopAWideTableAtItsBudget()
    {
        var table = ConsoleTable.Of(Rows(500, _ => [Long, Long, Long]));

        var perRow = 3 * (ConsoleTable.MaxCellChars + ConsoleTable.CellChars);
        Assert.Equal(ConsoleTable.MaxTableChars / perRow, table.Rows.Count); // 173
        Assert.Equal(500 - table.Rows.Count, table.RowsLeftOut);
    }

    [Fact]
    public void ShouldCountEveryCellSoThatThousandsOfTinyColumnsAreBoundedToo()
    {
        var table = ConsoleTable.Of(Rows(500, _ => [.. Enumerable.Repeat<object?>(1L, 10_000)]));

        Assert.Equal(ConsoleTable.MaxTableChars / (10_000 * (1 + ConsoleTable.CellChars)), table.Rows.Count); // 4
        Assert.False(table.AnyCut);
    }

    [Fact]
    public void ShouldShowNoRowWhenTheFirstAloneIsPastTheBudget()
    {
        var table = ConsoleTable.Of(Rows(2, _ => [.. Enumerable.Repeat<object?>(Long, 1_000)]));

        Assert.Empty(table.Rows);
        Assert.Equal(2, table.RowsLeftOut);
    }

    [Fact]
    public void ShouldShowSmallValuesWholeAndMarkJsonValues()
    {
        var table = ConsoleTable.Of(Rows(1, _ => ["text", 1L, null, new List<object?> { 1L, "a" }]));

        Assert.Equal(["text", "1", "null", "[1,\"a\"]"], table.Rows[0].Select(c => c.Text.Shown));
        Assert.Equal([false, false, false, true], table.Rows[0].Select(c => c.IsJson));
        Assert.False(table.AnyCut);
    }

    private static List<IReadOnlyList<object?>> Rows(int count, Func<int, object?[]> row) =>
        [.. Enumerable.Range(1, count).Select(i => (IReadOnlyList<object?>)row(i))];
}
