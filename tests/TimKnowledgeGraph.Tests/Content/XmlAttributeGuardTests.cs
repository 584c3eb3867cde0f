using System.Text;
using System.Xml;
using CsCheck;
using TimKnowledgeGraph.Domain.Content.Networks;
using TimKnowledgeGraph.Domain.Content.Validation;
using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Tests.Content;

/// <summary>The lexer that stops a start tag with too many attributes before .NET's XmlReader parses it (in quadratic time).</summary>
public sealed class XmlAttributeGuardTests
{
    [Fact]
    public void ShouldStopANodeWithTooManyAttributesAtTheFirstOneTooMany()
    {
        // 600,000 attributes on one node took 6.6 s in XmlReader alone, three times per import.
        var attributes = string.Join(' ', Enumerable.Range(0, 600_000).Select(i => $"a{i}=\"v\""));
        var graphMl = $"""
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <graph edgedefault="directed">
                <node id="first"/>
                <node id="x" {attributes}/>
              </graph>
            </graphml>
            """;
        var sink = new DiagnosticBag();

        var rows = GraphMlReader.Read(new StringReader(graphMl), "n.graphml", sink).ToList();

        Assert.Equal(["first"], rows.OfType<ActorRow>().Select(a => a.Id));
        var error = Assert.Single(sink.Items);
        // At the '=' of the 1,001st attribute, a999 (id is the first): "    <node id=\"x\" " is 17 characters.
        var column = 17 + Enumerable.Range(0, 999).Sum(i => $"a{i}=\"v\" ".Length) + "a999=".Length;
        Assert.Equal((DiagnosticCodes.TooLarge, 4, column), (error.Code, error.Location.Line, error.Location.Column));
        Assert.Equal("an element with more than 1,000 attributes, expected at most 1,000; the rest of the file is not read", error.Message);
    }

    [Fact]
    public void ShouldReportALimitFoundInTheBlockTheXmlReaderReadsWhenCreated()
    {
        // XmlReader reads its first block in its constructor: the limit threw from there, past every catch (found by fuzzing).
        var graphMl = "<n " + string.Concat(Enumerable.Repeat("a=''", 1_001)) + "/>";
        var sink = new DiagnosticBag();

        Assert.Empty(GraphMlReader.Read(new StringReader(graphMl), "n.graphml", sink));
        Assert.Equal((DiagnosticCodes.TooLarge, 1, 4005), (Assert.Single(sink.Items).Code, sink.Items[0].Location.Line, sink.Items[0].Location.Column));
    }

    [Fact]
    public void ShouldStopTheDescriptionReaderAsWell()
    {
        var attributes = string.Join(' ', Enumerable.Range(0, 2_000).Select(i => $"a{i}='v'"));
        var graphMl = $"<graphml><graph><node id='x' {attributes}/></graph></graphml>";
        var sink = new DiagnosticBag();

        Assert.Null(GraphMlDescriptionReader.Read(new StringReader(graphMl), "f/n.graphml", "n", sink));
        Assert.Equal(DiagnosticCodes.TooLarge, Assert.Single(sink.Items).Code);
    }

    [Fact]
    public void ShouldNotCountWhatLooksLikeAttributesInCommentsCDataInstructionsValuesAndText()
    {
        var many = string.Concat(Enumerable.Repeat("<x a=\"1\" b='2'> = = ", 2_000));
        var xml = $"""
            <?xml version="1.0"?>
            <?pi {many} ?>
            <graphml>
              <!-- {many} - ->x-->
              <graph title="{many.Replace("<", "&lt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal)}">
                <data><![CDATA[{many} ] ]] ]>]]></data>
                <data>{many.Replace("<", "&lt;", StringComparison.Ordinal)}</data>
                <node id="a" b='>' c=">" d="="/>
              </graph>
            </graphml>
            """;

        // Four attributes at most (the node's): a limit of four reads everything.
        Assert.Equal(ReadAll(new StringReader(xml)), ReadAll(new XmlAttributeGuard(new StringReader(xml), 4)));
    }

    [Fact]
    public void ShouldCountTheAttributesOfEveryElementAndNothingElse()
    {
        // Random documents of elements (up to 40 attributes each), comments, CDATA, instructions and text whose
        // characters look like markup, read in chunks of random size: with the largest element's count as the limit the
        // guard changes nothing an XmlReader sees; with one less it stops the document.
        var text = Gen.Char["ab=<>'\"-]?! "].Array[0, 30].Select(c => new string(c));
        var element = text.Array[0, 40].Select(values => $"<e{string.Concat(values.Select((v, i) => $" k{i}=\"{Escape(v)}\""))}/>");
        var other = Gen.OneOf(
            text.Select(t => $"<!--{t.Replace("-", "", StringComparison.Ordinal)}-->"),
            text.Select(t => $"<![CDATA[{t.Replace("]", "", StringComparison.Ordinal)}]]>"),
            text.Select(t => $"<?p {t.Replace("?", "", StringComparison.Ordinal)}?>"),
            text.Select(Escape));
        Gen.Select(Gen.OneOf(element, other).Array[0, 30], Gen.Int[1, 64]).Sample((parts, chunk) =>
        {
            var xml = "<root>" + string.Concat(parts) + "</root>";
            var expected = ReadAll(new StringReader(xml));
            var most = MostAttributes(xml);
            Assert.Equal(expected, ReadAll(new ChunkedReader(new XmlAttributeGuard(new StringReader(xml), most), chunk)));
            if (most > 0)
                Assert.Throws<XmlRefusedException>(() => ReadAll(new ChunkedReader(new XmlAttributeGuard(new StringReader(xml), most - 1), chunk)));
        }, iter: 2_000);
    }

    private static string Escape(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal).Replace("'", "&apos;", StringComparison.Ordinal);

    private static int MostAttributes(string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml));
        var most = 0;
        while (reader.Read()) most = Math.Max(most, reader.AttributeCount);
        return most;
    }

    // Every node the reader gives, with its attributes.
    private static string ReadAll(TextReader text)
    {
        using var xml = XmlReader.Create(text, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        var all = new StringBuilder();
        while (xml.Read())
        {
            all.Append(xml.NodeType).Append(':').Append(xml.Name).Append('=').Append(xml.Value);
            for (var i = 0; i < xml.AttributeCount; i++) all.Append(' ').Append(xml.GetAttribute(i));
            all.Append('\n');
        }
        return all.ToString();
    }

    // Gives at most `chunk` characters per read, so the lexer's states cross block boundaries everywhere.
    private sealed class ChunkedReader(TextReader inner, int chunk) : TextReader
    {
        public override int Read(char[] buffer, int index, int count) => inner.Read(buffer, index, Math.Min(count, chunk));

        public override int Read() => inner.Read();

        public override int Peek() => inner.Peek();
    }
}
