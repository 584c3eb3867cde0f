using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace TimKnowledgeGraph.Graph.Exports;

/// <summary>
/// Serialises the XML exports: UTF-8 without a byte-order mark (some GraphML readers choke on it), indented. A carriage
/// return in a value is written as <c>&amp;#xD;</c>, so it survives the round trip (XML readers turn a literal CR LF into
/// LF); a character XML 1.0 cannot hold at all (NUL, other C0 controls, half a surrogate pair), which an imported CSV can
/// carry, becomes U+FFFD: it made the writer throw (an export exited 134, the API answered 500).
/// </summary>
public static class XmlExport
{
    /// <summary>What stands in for a character XML cannot hold.</summary>
    public const char Replacement = '\uFFFD';

    /// <summary>The document as bytes, with its XML declaration.</summary>
    public static byte[] ToUtf8Bytes(XDocument document)
    {
        ReplaceInvalidCharacters(document);
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineHandling = NewLineHandling.Entitize };
        using (var writer = XmlWriter.Create(stream, settings)) document.Save(writer);
        return stream.ToArray();
    }

    private static void ReplaceInvalidCharacters(XDocument document)
    {
        foreach (var text in document.DescendantNodes().OfType<XText>().ToList())
            if (Valid(text.Value) is { } valid) text.Value = valid;
        foreach (var attribute in document.Descendants().Attributes().ToList())
            if (Valid(attribute.Value) is { } valid) attribute.Value = valid;
    }

    /// <summary><paramref name="text"/> with what XML cannot hold replaced, or null when it holds nothing of the kind.</summary>
    public static string? Valid(string text)
    {
        StringBuilder? valid = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (XmlConvert.IsXmlChar(c))
            {
                valid?.Append(c);
                continue;
            }
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
            {
                valid?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }
            valid ??= new StringBuilder(text.Length).Append(text, 0, i);
            valid.Append(Replacement);
        }
        return valid?.ToString();
    }
}
