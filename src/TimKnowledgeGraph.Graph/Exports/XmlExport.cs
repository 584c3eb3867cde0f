using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace TimKnowledgeGraph.Graph.Exports;

/// <summary>Serialises the XML exports: UTF-8 without a byte-order mark (some GraphML readers choke on it), indented.</summary>
public static class XmlExport
{
    /// <summary>The document as bytes, with its XML declaration.</summary>
    public static byte[] ToUtf8Bytes(XDocument document)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true };
        using (var writer = XmlWriter.Create(stream, settings)) document.Save(writer);
        return stream.ToArray();
    }
}
