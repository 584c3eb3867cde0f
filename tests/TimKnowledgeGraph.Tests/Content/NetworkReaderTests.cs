using System.Text;
using TimKnowledgeGraph.Domain.Content.Networks;
using TimKnowledgeGraph.Domain.Diagnostics;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Content;

[Collection(ProcessMemoryCollection.Name)] // ShouldReadManyTiesInConstantMemory measures the process's heap
public sealed class NetworkReaderTests
{
    [Fact]
    public void ShouldStreamTiesWithoutReadingAhead()
    {
        // A reader of 10 million generated rows: if the reader buffered the file, this would take long and much memory.
        using var text = new GeneratedTies(10_000_000);
        var first = TieCsvReader.Read(text, "ties.csv", new DiagnosticBag()).Take(3).ToList();

        Assert.Equal(["a0", "a1", "a2"], first.Select(t => t.Source));
        Assert.Equal([2, 3, 4], first.Select(t => t.At.Line));
        Assert.True(text.CharsRead < 1_000_000, $"read {text.CharsRead} chars for 3 rows");
    }

    [Fact]
    public void ShouldReadManyTiesInConstantMemory()
    {
        using var text = new GeneratedTies(200_000);
        var before = GC.GetAllocatedBytesForCurrentThread();
        long count = 0;
        foreach (var tie in TieCsvReader.Read(text, "ties.csv", new DiagnosticBag()))
        {
            Assert.True(tie.TryGetWeight(out _));
            count++;
        }
        Assert.Equal(200_000, count);
        // Allocation is per row (garbage), but nothing is retained: the working set stays flat.
        Assert.True(GC.GetTotalMemory(forceFullCollection: true) < 200_000_000);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before > 0);
    }

    [Fact]
    public async Task ShouldReadTiesAsynchronously()
    {
        var csv = "source,target,layer,resource,weight\na,b,econ,money,2\na,b,social,,\n";
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        var ties = new List<TieRow>();
        await foreach (var tie in TieCsvReader.ReadAsync(stream, "ties.csv", new DiagnosticBag(), cancellationToken: TestContext.Current.CancellationToken))
            ties.Add(tie);

        Assert.Equal(["econ", "social"], ties.Select(t => t.Layer));
        Assert.True(ties[1].TryGetWeight(out var weight));
        Assert.Equal(1.0, weight);
    }

    [Fact]
    public void ShouldReportFieldColumns()
    {
        var csv = "id,name,kind,region,layers\nuvt,\"Tilburg, University\",university,tilburg,a;b\n";
        var actor = Assert.Single(ActorCsvReader.Read(new StringReader(csv), "actors.csv", new DiagnosticBag()));
        Assert.Equal(["a", "b"], actor.Layers);
        Assert.Equal(new SourceLocation("actors.csv", 2, 38), actor.LocationOf("region"));
    }

    [Fact]
    public void ShouldReportTheColumnOfAValueAfterTheSpacesItIsTrimmedOf()
    {
        // "a, A, person, , nolayer": the value 'nolayer' starts at column 17, after the blank the reader trims.
        var csv = "id,name,kind,region,layers\na, A, person, , nolayer\n";
        var actor = Assert.Single(ActorCsvReader.Read(new StringReader(csv), "actors.csv", new DiagnosticBag()));

        Assert.Equal(["nolayer"], actor.Layers);
        Assert.Equal([1, 4, 7, 17], new[] { "id", "name", "kind", "layers" }.Select(c => actor.LocationOf(c).Column));
    }

    [Fact]
    public void ShouldReportAnUnknownColumnAtItsCell()
    {
        // It was reported at 1:1 whichever cell it was.
        var sink = new DiagnosticBag();
        Assert.Single(ActorCsvReader.Read(new StringReader("id,name,kind,region,layers,colour\na,A,firm,,,red\n"), "actors.csv", sink));

        var warning = Assert.Single(sink.Items);
        Assert.Equal((new SourceLocation("actors.csv", 1, 28), "TKG013"), (warning.Location, warning.Code));
    }

    [Fact]
    public void ShouldReportTheColumnOfTiesFieldsAfterSpacesAndTabs()
    {
        var sink = new DiagnosticBag();
        var tie = Assert.Single(TieCsvReader.Read(new StringReader("source,target,layer,weight\na,  b,\tl1 ,  \"2\"\n"), "ties.csv", sink));

        Assert.Empty(sink.Items);
        Assert.Equal([1, 5, 8, 14], new[] { "source", "target", "layer", "weight" }.Select(c => tie.LocationOf(c).Column));
    }

    [Fact]
    public void ShouldReportAColumnTheHeaderNamesTwice()
    {
        // CsvHelper reads a name's first column only: the second 'layers' column's values would be lost silently.
        var sink = new DiagnosticBag();
        var csv = "id,name,kind,region,layers, Layers\na,A,person,,,nolayer\n";
        var actor = Assert.Single(ActorCsvReader.Read(new StringReader(csv), "actors.csv", sink));

        Assert.Equal("actors.csv:1:29: error TKG005: column 'Layers' is already in the header at column 21; " +
            "a column may appear once (only the first is read: the values under this one would be lost)", Assert.Single(sink.Items).ToString());
        Assert.Equal("a", actor.Id);
    }

    [Fact]
    public void ShouldNotReportBlankHeaderColumnsAsRepeated()
    {
        // A spreadsheet's trailing commas give blank column names: read by nothing, each one an unknown-column warning.
        var sink = new DiagnosticBag();
        Assert.Single(ActorCsvReader.Read(new StringReader("id,name,,\na,A,,\n"), "actors.csv", sink));

        Assert.All(sink.Items, d => Assert.Equal(Severity.Warning, d.Severity));
    }

    [Fact]
    public void ShouldKeepTheUnclosedQuoteDiagnosticOnOneLine()
    {
        // The quote left open swallows the rest of the file, line breaks included, into the excerpt.
        var sink = new DiagnosticBag();
        var csv = "id,name,kind,region,layers\r\na,\"A,person,,\r\nb,B,person,,\n\n";
        _ = ActorCsvReader.Read(new StringReader(csv), "actors.csv", sink).ToList();

        var d = Assert.Single(sink.Items);
        Assert.Equal("actors.csv:2:1: error TKG005: malformed CSV (a quoted field that is never closed) in: " +
            "a,\"A,person,,\\r\\nb,B,person,,\\n\\n", d.ToString());
    }

    [Theory]
    [InlineData("a\u0000b\u001Bc", "a\\u0000b\\u001Bc")]
    [InlineData("123456789012345678901234567890123456789012345678901234567890", "123456789012345678901234567890123456789012345678901234567890")]
    [InlineData("1234567890123456789012345678901234567890123456789012345678901", "123456789012345678901234567890123456789012345678901234567...")]
    [InlineData("12345678901234567890123456789012345678901234567890123456\n\n\n\n", "12345678901234567890123456789012345678901234567890123456...")]
    [InlineData("1234567890123456789012345678901234567890123456789012345😀😀😀", "1234567890123456789012345678901234567890123456789012345😀...")]
    public void ShouldEscapeAndCutExcerpts(string raw, string expected) =>
        Assert.Equal(expected, CsvRowReader.Excerpt(raw));

    [Fact]
    public void ShouldStreamGraphMlNodesAndEdges()
    {
        const string graphMl = """
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="k1" for="node" attr.name="name"/>
              <key id="k2" for="edge" attr.name="layer"/>
              <key id="k3" for="edge" attr.name="weight"/>
              <graph edgedefault="directed">
                <node id="a"><data key="k1">Alpha</data></node>
                <node id="b"/>
                <edge source="a" target="b"><data key="k2">econ</data><data key="k3">0.5</data></edge>
              </graph>
            </graphml>
            """;
        var rows = GraphMlReader.Read(new StringReader(graphMl), "n.graphml", new DiagnosticBag()).ToList();

        Assert.Equal("Alpha", Assert.IsType<ActorRow>(rows[0]).Name);
        Assert.Equal("b", Assert.IsType<ActorRow>(rows[1]).Id);
        var tie = Assert.IsType<TieRow>(rows[2]);
        Assert.Equal(("a", "b", "econ", "0.5"), (tie.Source, tie.Target, tie.Layer, tie.WeightText));
        Assert.Equal(8, tie.At.Line);
    }

    [Fact]
    public void ShouldReportMarkupInsideDataAndReadTheRestOfTheGraphMl()
    {
        // XmlReader.ReadElementContentAsString threw on the <b> ("'Element' is an invalid XmlNodeType", at 1:1) and every
        // node and edge of the file was lost.
        const string graphMl = """
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="d0" for="node" attr.name="name"/>
              <key id="d1" for="edge" attr.name="layer"/>
              <graph edgedefault="directed">
                <node id="a"><data key="d0">A <b>bold</b> <i/></data></node>
                <node id="b"><data key="d0">B <!-- a comment --> &amp; <![CDATA[<co>]]></data></node>
                <edge source="a" target="b"><data key="d1">l1</data></edge>
              </graph>
            </graphml>
            """;
        var sink = new DiagnosticBag();
        var rows = GraphMlReader.Read(new StringReader(graphMl), "n.graphml", sink).ToList();

        Assert.Equal("n.graphml:5:36: error TKG006: <data key=\"d0\"> holds markup (<b>) where text was expected; " +
            "write the value as plain text (escape '<' as &lt;)", Assert.Single(sink.Items).ToString());
        Assert.Equal([("a", null), ("b", "B  & <co>")], rows.OfType<ActorRow>().Select(a => (a.Id, a.Name)));
        Assert.Equal("l1", Assert.Single(rows.OfType<TieRow>()).Layer);
    }

    [Fact]
    public void ShouldReportANestedGraphAndNotReadItsDataAsTheOuterNodes()
    {
        // A hierarchical node (GraphML's nested <graph>) was read through: the inner node's name became the outer
        // node's, and the inner nodes and edges were dropped without a word.
        const string graphMl = """
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="d0" for="node" attr.name="name"/>
              <graph edgedefault="undirected">
                <node id="a"><data key="d0">Outer</data>
                  <graph id="a:" edgedefault="undirected">
                    <node id="a::x"><data key="d0">Inner</data></node>
                  </graph>
                </node>
                <node id="b"><data key="d0">B</data></node>
              </graph>
            </graphml>
            """;
        var sink = new DiagnosticBag();
        var rows = GraphMlReader.Read(new StringReader(graphMl), "n.graphml", sink).ToList();

        Assert.Equal("n.graphml:5:8: error TKG006: <node> holds a nested <graph> (a hierarchical node), which is not " +
            "supported: its nodes and edges are not read; flatten the graph (one <graph> of <node> and <edge> elements)", Assert.Single(sink.Items).ToString());
        Assert.Equal([("a", "Outer"), ("b", "B")], rows.OfType<ActorRow>().Select(a => (a.Id, a.Name)));
    }

    [Fact]
    public void ShouldReportHyperedgesAndASecondGraphInsteadOfDroppingOrMergingThem()
    {
        // NetworkX's read_graphml reads a file's first graph; ours merged every graph into one network, and skipped
        // hyperedges without a word.
        const string graphMl = """
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="d1" for="edge" attr.name="layer"/>
              <graph edgedefault="undirected">
                <node id="a"/><node id="b"/><node id="c"/>
                <hyperedge><endpoint node="a"/><endpoint node="b"/><endpoint node="c"/></hyperedge>
                <edge source="a" target="b"><data key="d1">l1</data></edge>
              </graph>
              <graph edgedefault="undirected">
                <node id="z"/>
              </graph>
            </graphml>
            """;
        var sink = new DiagnosticBag();
        var rows = GraphMlReader.Read(new StringReader(graphMl), "n.graphml", sink).ToList();

        Assert.Equal([
            "n.graphml:5:6: error TKG006: <hyperedge> is not supported: a tie joins two actors; write each pair as an <edge>",
            "n.graphml:8:4: error TKG006: a second <graph> (the first is at n.graphml:3:4): a dataset is one network; put it in a file of its own",
        ], sink.Items.Select(d => d.ToString()));
        Assert.Equal(["a", "b", "c"], rows.OfType<ActorRow>().Select(a => a.Id));
        Assert.Single(rows.OfType<TieRow>());
    }

    [Fact]
    public void ShouldReportAGraphMlKeyDeclaredTwiceAndKeepTheFirst()
    {
        // The second declaration used to replace the first: every name was read as a kind.
        const string graphMl = """
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="d0" for="node" attr.name="name"/>
              <key id="d0" for="node" attr.name="kind"/>
              <graph edgedefault="directed">
                <node id="a"><data key="d0">Alice</data></node>
              </graph>
            </graphml>
            """;
        var sink = new DiagnosticBag();
        var actor = Assert.Single(GraphMlReader.Read(new StringReader(graphMl), "n.graphml", sink).OfType<ActorRow>());

        Assert.Equal("n.graphml:3:4: error TKG006: <key id=\"d0\"> is already declared at n.graphml:2:4; " +
            "key ids must be unique (this declaration is ignored)", Assert.Single(sink.Items).ToString());
        Assert.Equal(("Alice", null), (actor.Name, actor.Kind));
    }

    [Fact]
    public void ShouldRefuseAGraphMlNodeWhoseNameIsOverTheLimitWithoutHoldingItWhole()
    {
        // A 50 MB name took an import to 842 MB; the reader now keeps at most the limit (plus one chunk) of a value.
        var name = new string('n', 5_000_000);
        var graphMl = $"""
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="d0" for="node" attr.name="name"/>
              <graph edgedefault="directed">
                <node id="a"><data key="d0">{name}</data></node>
                <node id="b"><data key="d0">Bea</data></node>
              </graph>
            </graphml>
            """;
        var sink = new DiagnosticBag();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var actors = GraphMlReader.Read(new StringReader(graphMl), "n.graphml", sink).OfType<ActorRow>().ToList();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(["b"], actors.Select(a => a.Id));
        var error = Assert.Single(sink.Items);
        Assert.Equal(("TKG090", 4, 19), (error.Code, error.Location.Line, error.Location.Column));
        Assert.Contains("actor name 'nnn", error.Message, StringComparison.Ordinal);
        Assert.Contains("longer than 65,536 characters", error.Message, StringComparison.Ordinal);
        Assert.True(allocated < name.Length, $"allocated {allocated:N0} bytes reading a name of {name.Length:N0} characters");
    }

    [Fact]
    public void ShouldRefuseATieWhoseEndsAreLongerThanAnIdMayBe()
    {
        var longId = new string('x', 1_001);
        var csv = $"source,target,layer\na,{longId},econ\na,b,econ\n";
        var sink = new DiagnosticBag();

        var ties = TieCsvReader.Read(new StringReader(csv), "ties.csv", sink).ToList();

        Assert.Equal(["b"], ties.Select(t => t.Target));
        var error = Assert.Single(sink.Items);
        Assert.Equal(("TKG090", 2, 3), (error.Code, error.Location.Line, error.Location.Column));
        Assert.Contains("(ids are index keys in Neo4j)", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(longId, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Bell\u0000Labs", "U+0000")]
    [InlineData("a\u001Fb", "U+001F")]
    [InlineData("no\uFFFEchar", "U+FFFE")]
    public void ShouldWarnAboutACharacterXmlCannotHold(string name, string named)
    {
        var sink = new DiagnosticBag();
        var actor = Assert.Single(ActorCsvReader.Read(new StringReader($"id,name\na,\"{name}\"\n"), "actors.csv", sink));

        Assert.Equal(name, actor.Name);
        var warning = Assert.Single(sink.Items);
        Assert.Equal(("TKG039", Severity.Warning, 3), (warning.Code, warning.Severity, warning.Location.Column));
        Assert.Contains(named, warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldNotWarnAboutTabsAndLineBreaks()
    {
        var sink = new DiagnosticBag();
        var actor = Assert.Single(ActorCsvReader.Read(new StringReader("id,name\na,\"two\tlines\r\nhere\"\n"), "actors.csv", sink));

        Assert.Equal("two\tlines\r\nhere", actor.Name);
        Assert.Empty(sink.Items);
    }

    // Generates "source,target,layer,resource,weight" rows on demand, counting what was read.
    private sealed class GeneratedTies(int rows) : TextReader
    {
        private int _row = -1;
        private string _current = "source,target,layer,resource,weight\n";
        private int _offset;

        public long CharsRead { get; private set; }

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            var written = 0;
            while (written < buffer.Length)
            {
                if (_offset == _current.Length)
                {
                    if (++_row >= rows) break;
                    _current = $"a{_row},b{_row % 1000},econ,money,{_row % 7}\n";
                    _offset = 0;
                }
                var n = Math.Min(buffer.Length - written, _current.Length - _offset);
                _current.AsSpan(_offset, n).CopyTo(buffer[written..]);
                _offset += n;
                written += n;
            }
            CharsRead += written;
            return written;
        }

        public override int Peek() => throw new NotSupportedException();
    }
}
