using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Host.Output;

namespace TimKnowledgeGraph.Tests.Host;

/// <summary>How query results read in a terminal and in a pipe.</summary>
public sealed class ResultWriterTests
{
    private static readonly CypherResult Narrow = new(["id", "year"], [["learning-region", 1995L], ["sdin", 2006L]], null);

    private static readonly CypherResult Wide = new(
        ["direction", "relationship", "toName", "stepQuote", "introducedIn"],
        [[
            "ancestor", "DERIVED_FROM", "Learning organisations",
            "drew on emerging thinking in corporate studies around learning companies and learning organisations, and applied it to his own interests in regional competitiveness",
            new List<object?>
            {
                new Dictionary<string, object?> { ["ref"] = "asheim1996", ["year"] = 1996L },
                new Dictionary<string, object?> { ["ref"] = "morgan1997", ["year"] = 1997L },
            },
        ]],
        null);

    [Fact]
    public void ShouldDrawATableWhenEveryRowFitsTheTerminal()
    {
        var lines = Write(Narrow, width: 80);

        Assert.Contains(lines, l => l.Contains("│ learning-region │ 1995 │", StringComparison.Ordinal));
        Assert.Equal("2 rows", lines[^1]);
        Assert.All(lines, l => Assert.True(l.Length <= 80, l));
    }

    [Fact]
    public void ShouldWriteOneBlockPerRecordWrappedToTheWidthWhenARowDoesNotFit()
    {
        var lines = Write(Wide, width: 80);

        Assert.StartsWith("─[ record 1 ]", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("relationship │ DERIVED_FROM", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("introducedIn │ ref: asheim1996, year: 1996 | ref: morgan1997, year: 1997", StringComparison.Ordinal));
        Assert.All(lines, l => Assert.True(l.Length <= 80, $"{l.Length}: {l}"));
        // Every word of the long quote is there, in order, across the wrapped lines.
        var quote = string.Join(' ', lines.Where(l => l.Contains('│')).SkipWhile(l => !l.StartsWith("stepQuote", StringComparison.Ordinal))
            .TakeWhile(l => !l.StartsWith("introducedIn", StringComparison.Ordinal)).Select(l => l[(l.IndexOf('│') + 2)..]));
        Assert.Equal((string)Wide.Rows[0][3]!, quote);
    }

    /// <summary>
    /// A value's control characters reached the terminal as they were: ESC and BEL from a query (or a network's CSV, whose
    /// control characters are kept) could recolour, clear or retitle the reader's terminal. They are escapes now.
    /// </summary>
    [Theory]
    [InlineData(80)]
    [InlineData(null)]
    public void ShouldWriteControlCharactersOfAValueAsEscapesInATable(int? width)
    {
        var hostile = new CypherResult(["name", "map"], [["a\u001b[31mred\u0007 \u009b2J", new Dictionary<string, object?> { ["k"] = "\u001b]0;title\u0007" }]], null);
        var output = new StringWriter();

        ResultWriter.Write(hostile, OutputFormat.Table, output, width);

        Assert.DoesNotContain(output.ToString(), c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));
        Assert.Contains("a\\u001B[31mred\\u0007 \\u009B2J", output.ToString());
        Assert.Contains("k: \\u001B]0;title\\u0007", output.ToString());
    }

    [Fact]
    public void ShouldWriteFloatsInCsvWithEveryDigitAsJsonHasThem()
    {
        // `timkg analyse --format csv` rounded to four decimals: a researcher's R or pandas read a betweenness of
        // 0.011904761904761904 as 0.0119, and 0.00003 (usual in a large network) as 0.
        var result = new CypherResult(["actorId", "betweenness", "constraint", "degree"], [["ginori", 0.011904761904761904, 0.00003, 3L]], null);
        var text = new StringWriter();

        ResultWriter.Write(result, OutputFormat.Csv, text);

        var lines = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("ginori,0.011904761904761904,3E-05,3", lines[1]);
        Assert.Equal(0.011904761904761904, double.Parse(lines[1].Split(',')[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ShouldWriteTabSeparatedLinesWithAHeaderWhenNotATerminal()
    {
        var text = new StringWriter();

        ResultWriter.Write(Wide, OutputFormat.Table, text);

        var lines = text.ToString().TrimEnd().Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Equal("direction\trelationship\ttoName\tstepQuote\tintroducedIn", lines[0]);
        var cells = lines[1].Split('\t');
        Assert.Equal(5, cells.Length);
        Assert.Equal("ref: asheim1996, year: 1996 | ref: morgan1997, year: 1997", cells[4]);
    }

    [Theory]
    [InlineData("a\tb\nc", "a b c")]
    public void ShouldKeepEveryCellOnOneLine(string value, string expected) =>
        Assert.Equal(expected, ReadableText.Format(value));

    [Fact]
    public void ShouldBracketListsAndMapsNestedInAMapAndCapDeepNesting()
    {
        var node = new Dictionary<string, object?> { ["name"] = "Asheim", ["aliases"] = new List<object?> { "a", "b" } };
        Assert.Equal("name: Asheim, aliases: [a, b]", ReadableText.Format(node));

        object? deep = "x";
        for (var i = 0; i < 1000; i++) deep = new List<object?> { deep };
        Assert.Equal("…", ReadableText.Format(deep));
    }

    private static string[] Write(CypherResult result, int width)
    {
        var text = new StringWriter();
        ResultWriter.Write(result, OutputFormat.Table, text, terminalWidth: width);
        return text.ToString().TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
    }
}
