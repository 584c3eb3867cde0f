using System.Text;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Neo4j.Cypher.Http;

namespace TimKnowledgeGraph.Tests.Cypher;

/// <summary>The streaming, row-capped reader of a transactional answer, on answers as Neo4j 3.1 writes them.</summary>
public sealed class LimitedResultReaderTests
{
    // Line breaks are JSON whitespace; Neo4j writes it on one line.
    private const string Answer =
        """
        {"commit":"http://localhost/db/data/transaction/7/commit","results":[{"columns":["x","pad"],"data":[
        {"row":[1,"a"],"meta":[null,null]},{"row":[2,{"k":[1.5,true,null]}],"meta":[null,null]},{"row":[3,"c"],"meta":[null,null]}],
        "stats":{"contains_updates":true,"nodes_created":2,"nodes_deleted":0,"properties_set":0,"relationships_created":0,
        "relationship_deleted":0,"labels_added":0,"labels_removed":0,"indexes_added":0,"indexes_removed":0,"constraints_added":0,"constraints_removed":0}},
        {"columns":["y"],"data":[{"row":[9],"meta":[null]}]}],"transaction":{"expires":"Wed, 02 Dec 2026 20:00:00 +0000"},"errors":[]}
        """;

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(4096)]
    public async Task A_whole_answer_under_the_limit_gives_its_rows_and_stats_whatever_the_chunks(int chunk)
    {
        var (page, error) = await LimitedResultReader.ReadAsync(new ChunkedStream(Answer, chunk), new CypherRowLimit(10), TestContext.Current.CancellationToken);

        Assert.Null(error);
        Assert.False(page.Truncated);
        Assert.Equal(["x", "pad"], page.Columns);
        Assert.Equal([1L, 2L, 3L], page.Rows.Select(r => r[0]));
        var map = Assert.IsType<Dictionary<string, object?>>(page.Rows[1][1]);
        Assert.Equal([1.5, true, null], Assert.IsType<List<object?>>(map["k"]));
        Assert.Equal((true, 2L), (page.Stats!.ContainsUpdates, page.Stats.NodesCreated));
    }

    [Fact]
    public async Task Reading_stops_at_the_row_after_the_limit()
    {
        // Everything after the third row's start is garbage: a reader that went on would fail.
        var text = Answer[..(Answer.IndexOf("""{"row":[3""", StringComparison.Ordinal) + 1)] + "\u0000 not json";
        var (page, error) = await LimitedResultReader.ReadAsync(new ChunkedStream(text, 5), new CypherRowLimit(2), TestContext.Current.CancellationToken);

        Assert.Null(error);
        Assert.True(page.Truncated);
        Assert.Null(page.Stats);
        Assert.Equal([1L, 2L], page.Rows.Select(r => r[0]));
    }

    [Fact]
    public async Task Errors_after_the_rows_are_returned()
    {
        var text = """{"results":[{"columns":["x"],"data":[{"row":[1],"meta":[null]}]}],"errors":[{"code":"Neo.ClientError.Statement.ArithmeticError","message":"/ by zero"}]}""";
        var (page, error) = await LimitedResultReader.ReadAsync(new ChunkedStream(text, 3), new CypherRowLimit(10), TestContext.Current.CancellationToken);
        Assert.Equal("Neo.ClientError.Statement.ArithmeticError", error!.Code);
        Assert.Single(page.Rows);
    }

    [Fact]
    public async Task A_row_larger_than_the_byte_limit_is_refused_without_growing_past_it()
    {
        var big = new string('a', 200_000);
        var text = $$"""{"results":[{"columns":["s"],"data":[{"row":["{{big}}"],"meta":[null]}]}],"errors":[]}""";
        var limit = new CypherRowLimit(10, MaxBytes: 64 * 1024);
        await Assert.ThrowsAsync<CypherResultTooLargeException>(() => LimitedResultReader.ReadAsync(new ChunkedStream(text, 4096), limit, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Rows_past_the_byte_limit_cut_the_answer()
    {
        var row = new string('a', 1000);
        var rows = string.Join(",", Enumerable.Range(0, 100).Select(_ => $$"""{"row":["{{row}}"]}"""));
        var text = $$"""{"results":[{"columns":["s"],"data":[{{rows}}]}],"errors":[]}""";
        var (page, _) = await LimitedResultReader.ReadAsync(new ChunkedStream(text, 512), new CypherRowLimit(1000, MaxBytes: 10_000), TestContext.Current.CancellationToken);
        Assert.True(page.Truncated);
        Assert.InRange(page.Rows.Count, 9, 11);
    }

    // Hands out the text a few bytes at a time, as a network stream may.
    private sealed class ChunkedStream(string text, int chunk) : MemoryStream(Encoding.UTF8.GetBytes(text))
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, chunk)], cancellationToken);
    }
}
