using System.Xml.Linq;
using TimKnowledgeGraph.Graph.Exports;

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
    public void ShouldWriteWhatXmlCanHoldAndReadItBack(string value, string expected)
    {
        var document = new XDocument(new XElement("graphml", new XElement("data", new XAttribute("name", value), value)));

        var read = XDocument.Parse(System.Text.Encoding.UTF8.GetString(XmlExport.ToUtf8Bytes(document)), LoadOptions.PreserveWhitespace);

        var data = read.Root!.Element("data")!;
        Assert.Equal(expected, data.Value);
        Assert.Equal(expected, data.Attribute("name")!.Value);
    }
}
