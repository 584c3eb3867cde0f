using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace TimKnowledgeGraph.Graph.Exports;

/// <summary>
/// Serialises the XML exports: UTF-8 without a byte-order mark (some GraphML readers choke on it), indented. A carriage
/// return in a value is written as <c>&amp;#xD;</c>, so it survives the round trip (XML readers turn a literal CR LF into
/// LF); a character XML 1.0 cannot hold at all (NUL, other C0 controls, half a surrogate pair), which an imported CSV can
/// carry, becomes U+FFFD (<see cref="Safe"/>, which the writers apply to every value): it made the writer throw (an
/// export exited 134, the API answered 500).
/// </summary>
public static class XmlExport
{
    /// <summary>What stands in for a character XML cannot hold.</summary>
    public const char Replacement = '\uFFFD';

    private static readonly XmlWriterSettings Settings =
        new() { Encoding = new UTF8Encoding(false), Indent = true, NewLineHandling = NewLineHandling.Entitize };

    /// <summary>Writes a document with <paramref name="write"/>, which calls its second argument now and then (after each node or edge).</summary>
    public delegate Task DocumentWriter(XmlWriter xml, Func<ValueTask> pause);

    /// <summary>Writes a document to <paramref name="sink"/> as it is made, in chunks of about 64 KiB (<see cref="ChunkedSink"/>).</summary>
    public static async Task WriteAsync(DocumentWriter write, ByteSink sink, CancellationToken cancellationToken)
    {
        using var chunks = new ChunkedSink(sink, cancellationToken);
        using (var xml = XmlWriter.Create(chunks.Buffer, Settings))
        {
            await write(xml, () => chunks.PauseAsync(xml.Flush)).ConfigureAwait(false);
        }
        await chunks.HandOnAsync().ConfigureAwait(false);
    }

    /// <summary>A document written in memory (for tests and small datasets).</summary>
    public static XDocument ToDocument(DocumentWriter write)
    {
        var document = new XDocument();
        using (var xml = document.CreateWriter())
        {
            // Completes synchronously: nothing pauses, and the writers' input is in memory.
            write(xml, () => ValueTask.CompletedTask).GetAwaiter().GetResult();
        }
        return document;
    }

    /// <summary><paramref name="text"/> as XML can hold it (see <see cref="Valid"/>); the writers pass every value through it.</summary>
    public static string Safe(string text) => Valid(text) ?? text;

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
