using System.Text;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Neo4j.Cypher.Http;

namespace TimKnowledgeGraph.Tests.Cypher;

/// <summary>
/// The graph part of a streamed answer (<c>resultDataContents: ["row","graph"]</c>), as Neo4j 3.1 and 5.x write it: each
/// node and relationship once across rows, capped, and never a relationship to a node that was left out.
/// </summary>
public sealed class GraphResultReaderTests
{
    // Two rows of (a)-[r]->(b) sharing node 1, as 3.1 writes them (ids as strings, no elementId).
    private const string TwoRows =
        """
        {"results":[{"columns":["a","r","b"],"data":[
        {"row":[{"name":"A"},{},{"name":"B"}],"graph":{"nodes":[{"id":"1","labels":["Concept"],"properties":{"id":"a","name":"A"}},
          {"id":"2","labels":["Concept"],"properties":{"name":"B","year":1993}}],
          "relationships":[{"id":"10","type":"DERIVED_FROM","startNode":"1","endNode":"2","properties":{"weight":0.5}}]}},
        {"row":[{"name":"A"},{},{"name":"C"}],"graph":{"relationships":[{"id":"11","type":"CRITIQUES","startNode":"3","endNode":"1","properties":{}}],
          "nodes":[{"id":"1","labels":["Concept"],"properties":{"id":"a","name":"A"}},{"id":"3","labels":["Critique","Extra"],"properties":{"title":"C"}}]}}
        ]}],"errors":[]}
        """;

    [Theory]
    [InlineData(1)]
    [InlineData(13)]
    [InlineData(4096)]
    public async Task Nodes_and_relationships_come_once_with_their_labels_types_ends_and_properties(int chunk)
    {
        var (page, error) = await LimitedResultReader.ReadAsync(new ChunkedStream(TwoRows, chunk), new CypherRowLimit(10), includeGraph: true, TestContext.Current.CancellationToken);

        Assert.Null(error);
        Assert.Equal(2, page.Rows.Count);
        var graph = Assert.IsType<CypherGraph>(page.Graph);
        Assert.False(graph.Truncated);
        Assert.Equal(["1", "2", "3"], graph.Nodes.Select(n => n.Id));
        Assert.Equal(["Critique", "Extra"], graph.Nodes[2].Labels);
        Assert.Equal(1993L, graph.Nodes[1].Properties["year"]);
        // The second row lists its relationship before its nodes; it is still kept.
        Assert.Equal([("10", "DERIVED_FROM", "1", "2"), ("11", "CRITIQUES", "3", "1")],
            graph.Relationships.Select(r => (r.Id, r.Type, r.StartNodeId, r.EndNodeId)));
        Assert.Equal(0.5, graph.Relationships[0].Properties["weight"]);
    }

    [Fact]
    public async Task Without_asking_there_is_no_graph()
    {
        var (page, _) = await LimitedResultReader.ReadAsync(new ChunkedStream(TwoRows, 64), new CypherRowLimit(10), TestContext.Current.CancellationToken);
        Assert.Null(page.Graph);
        Assert.Equal(2, page.Rows.Count);
    }

    [Fact]
    public async Task The_graph_holds_only_the_rows_within_the_row_limit()
    {
        var (page, _) = await LimitedResultReader.ReadAsync(new ChunkedStream(TwoRows, 64), new CypherRowLimit(1), includeGraph: true, TestContext.Current.CancellationToken);
        Assert.True(page.Truncated);
        Assert.Equal(["1", "2"], page.Graph!.Nodes.Select(n => n.Id));
        Assert.Equal(["10"], page.Graph.Relationships.Select(r => r.Id));
    }

    [Fact]
    public async Task Neo4j_5_element_ids_are_used_when_the_numeric_ones_are_missing()
    {
        const string text =
            """
            {"results":[{"columns":["p"],"data":[{"row":[[]],"graph":{"nodes":[{"elementId":"4:x:1","labels":["Actor"],"properties":{}},
            {"elementId":"4:x:2","labels":[],"properties":{}}],"relationships":[{"elementId":"5:x:9","type":"TIE","startNodeElementId":"4:x:1",
            "endNodeElementId":"4:x:2","properties":{}}]}}]}],"errors":[]}
            """;
        var (page, _) = await LimitedResultReader.ReadAsync(new ChunkedStream(text, 7), new CypherRowLimit(10), includeGraph: true, TestContext.Current.CancellationToken);
        Assert.Equal(["4:x:1", "4:x:2"], page.Graph!.Nodes.Select(n => n.Id));
        Assert.Equal(("4:x:1", "4:x:2"), (page.Graph.Relationships[0].StartNodeId, page.Graph.Relationships[0].EndNodeId));
    }

    [Fact]
    public async Task One_row_holding_thousands_of_nodes_is_capped_and_its_dangling_relationships_dropped()
    {
        // RETURN collect(n), collect(r): one row, 5000 nodes in a chain.
        const int count = 5000;
        var nodes = string.Join(",", Enumerable.Range(0, count).Select(i => $$$"""{"id":"{{{i}}}","labels":["T"],"properties":{"name":"n{{{i}}}"}}"""));
        var relationships = string.Join(",", Enumerable.Range(1, count - 1).Select(i => $$$"""{"id":"r{{{i}}}","type":"NEXT","startNode":"{{{i - 1}}}","endNode":"{{{i}}}","properties":{}}"""));
        var text = $$$"""{"results":[{"columns":["ns"],"data":[{"row":[[]],"graph":{"nodes":[{{{nodes}}}],"relationships":[{{{relationships}}}]}}]}],"errors":[]}""";
        var limit = new CypherRowLimit(10) { MaxGraphNodes = 50, MaxGraphRelationships = 20 };

        var (page, _) = await LimitedResultReader.ReadAsync(new ChunkedStream(text, 4096), limit, includeGraph: true, TestContext.Current.CancellationToken);

        var graph = page.Graph!;
        Assert.True(graph.Truncated);
        Assert.Equal(50, graph.Nodes.Count);
        Assert.Equal(20, graph.Relationships.Count);
        var kept = graph.Nodes.Select(n => n.Id).ToHashSet();
        Assert.All(graph.Relationships, r => Assert.True(kept.Contains(r.StartNodeId) && kept.Contains(r.EndNodeId)));
    }

    [Theory]
    [InlineData("""{"nodes":"x"}""")]
    [InlineData("""{"nodes":[1,2]}""")]
    [InlineData("""[1]""")]
    public async Task A_malformed_graph_part_is_an_error_not_a_crash_elsewhere(string graphPart)
    {
        var text = $$"""{"results":[{"columns":["x"],"data":[{"row":[1],"graph":{{graphPart}}}]}],"errors":[]}""";
        await Assert.ThrowsAsync<System.Text.Json.JsonException>(() =>
            LimitedResultReader.ReadAsync(new ChunkedStream(text, 16), new CypherRowLimit(10), includeGraph: true, TestContext.Current.CancellationToken));
    }

    [Fact]
    public void The_request_asks_for_the_graph_only_when_told()
    {
        var plain = Encoding.UTF8.GetString(TransactionRequest.Write([new CypherStatement("RETURN 1")]));
        var withGraph = Encoding.UTF8.GetString(TransactionRequest.Write([new CypherStatement("RETURN 1") { IncludeGraph = true }]));
        Assert.Contains("\"resultDataContents\":[\"row\"]", plain);
        Assert.Contains("\"resultDataContents\":[\"row\",\"graph\"]", withGraph);
    }

    // Hands out the text a few bytes at a time, as a network stream may.
    private sealed class ChunkedStream(string text, int chunk) : MemoryStream(Encoding.UTF8.GetBytes(text))
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, chunk)], cancellationToken);
    }
}
