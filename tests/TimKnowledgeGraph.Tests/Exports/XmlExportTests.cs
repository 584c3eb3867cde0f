using System.Xml.Linq;
using TimKnowledgeGraph.Graph.Exports;
using TimKnowledgeGraph.Graph.Networks;

namespace TimKnowledgeGraph.Tests.Exports;

/// <summary>
/// What an imported CSV may carry, an XML export must still write and a reader read back: a NUL or another C0 control
/// made the writer throw (the export exited 134, the API answered 500); a CR came back as LF.
/// </summary>
public sealed class XmlExportTests
{
    // Half a surrogate pair cannot travel in [InlineData] (the test runner's serialisation mangles it).
    [Fact]
    public void ShouldReplaceHalfASurrogatePair() =>
        Assert.Equal("half \uFFFD pair", XmlExport.Valid("half " + (char)0xD800 + " pair"));

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a\0b", "a\uFFFDb")]
    [InlineData("bell\u0007 and vt\u000B", "bell\uFFFD and vt\uFFFD")]
    [InlineData("whole \uD83D\uDE00 pair", "whole \uD83D\uDE00 pair")]
    [InlineData("line\r\nbreak\rand\ttab", "line\r\nbreak\rand\ttab")]
    public async Task ShouldWriteWhatXmlCanHoldAndReadItBack(string value, string expected)
    {
        // In an element's text (GraphML's data, GEXF's description) and in an attribute (GEXF's label and attvalue),
        // written as the exports write them: streamed.
        var dataset = new NetworkDataset("d", value, [new NetworkLayer("l", value, null, "social", null)],
            [new NetworkActor("a", value, null, null, null, ["l"])], [new NetworkTie("k", "a", "a", "l", value, 1)]);

        var graphMl = await StreamedAsync(dataset, GraphMlWriter.WriteAsync);
        var gexf = await StreamedAsync(dataset, GexfWriter.WriteAsync);

        Assert.Equal(expected, Data(graphMl, "n_name"));
        Assert.Equal(expected, Data(graphMl, "e_resource"));
        var node = gexf.Descendants(GexfWriter.Ns + "node").Single();
        Assert.Equal(expected, node.Attribute("label")!.Value);
        Assert.Equal(expected, node.Descendants(GexfWriter.Ns + "attvalue").Single(v => v.Attribute("for")!.Value == "name").Attribute("value")!.Value);
        Assert.Equal(expected, gexf.Descendants(GexfWriter.Ns + "description").Single().Value);
    }

    private static async Task<XDocument> StreamedAsync(NetworkDataset dataset, NetworkWriter write)
    {
        using var bytes = new MemoryStream();
        await write(StreamedNetwork.Of(dataset), ByteSinks.ToStream(bytes), TestContext.Current.CancellationToken);
        return XDocument.Parse(System.Text.Encoding.UTF8.GetString(bytes.ToArray()), LoadOptions.PreserveWhitespace);
    }

    private static string Data(XDocument graphMl, string key) =>
        graphMl.Descendants(GraphMlWriter.Ns + "data").Single(d => d.Attribute("key")!.Value == key).Value;
}
