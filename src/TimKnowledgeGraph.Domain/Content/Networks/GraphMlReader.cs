using System.Xml;
using TimKnowledgeGraph.Domain.Content.Validation;
using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.Networks;

/// <summary>
/// Streams a GraphML file with <see cref="XmlReader"/>: each <c>&lt;node&gt;</c> becomes an <see cref="ActorRow"/>
/// (data keys <c>name</c>, <c>kind</c>, <c>region</c>, <c>layers</c>) and each <c>&lt;edge&gt;</c> a <see cref="TieRow"/>
/// (<c>layer</c>, <c>resource</c>, <c>weight</c>; both optionally <c>from</c>, <c>to</c>, <c>wave</c>). Data keys are matched by their <c>attr.name</c>, as GraphML tools
/// give them opaque ids (<c>d0</c>, <c>d1</c>). Constant memory: only the key table is kept.
/// </summary>
public static class GraphMlReader
{
    // The data keys read; others are skipped.
    private static readonly HashSet<string> Known = ["name", "label", "kind", "region", "layers", "layer", "resource", "weight", .. NetworkTime.Columns];

    private static readonly XmlReaderSettings Settings = new()
    {
        IgnoreWhitespace = true,
        IgnoreComments = true,
        // No DTDs or external entities: a content file must not make the loader fetch anything.
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        // Belt and braces should DTDs ever be allowed: no entity may expand to more than this.
        MaxCharactersFromEntities = 1_024,
    };

    /// <summary>Reads nodes and edges from a stream (encoding from the XML declaration, UTF-8 by default).</summary>
    public static IEnumerable<NetworkRow> Read(Stream stream, string file, IDiagnosticSink sink) =>
        Read(new StreamReader(stream, detectEncodingFromByteOrderMarks: true), file, sink);

    /// <summary>Reads nodes and edges in document order.</summary>
    /// <param name="soleLayer">The layer of an edge without one: the dataset's only layer (<see cref="DatasetDescription.SoleLayer"/>), or null.</param>
    public static IEnumerable<NetworkRow> Read(TextReader text, string file, IDiagnosticSink sink, string? soleLayer = null)
    {
        using var xml = Open(text, file, sink);
        if (xml is null) yield break;
        var lineInfo = (IXmlLineInfo)xml;
        var keys = new Dictionary<string, Key>(StringComparer.Ordinal);
        var shape = new Shape();
        while (true)
        {
            var element = NextElement(xml, lineInfo, file, sink, keys, shape, soleLayer);
            if (element is null) yield break;
            if (element is NetworkRow read && NetworkRowValues.Read(read, sink) is { } row) yield return row;
        }
    }

    // Whether the file is GraphML at all: its root and a <graph> in it. Any well-formed XML was read as an empty
    // network, and a re-import of one deleted every actor of the dataset as stale.
    private sealed class Shape
    {
        public bool RootSeen { get; set; }
        public bool GraphSeen => FirstGraph is not null;

        /// <summary>Where the file's first &lt;graph&gt; starts: a dataset is that one network.</summary>
        public SourceLocation? FirstGraph { get; set; }
    }

    // False (and reported) when the element is the root and not <graphml>; notes a <graph>.
    private static bool CheckShape(XmlReader xml, SourceLocation at, Shape shape, IDiagnosticSink sink)
    {
        if (!shape.RootSeen)
        {
            shape.RootSeen = true;
            if (xml.LocalName != "graphml")
            {
                sink.Report(Diagnostic.Error(at, DiagnosticCodes.MalformedGraphMl,
                    $"the root element is <{Shorten(xml.Name)}>, expected <graphml>: this is not a GraphML file"));
                return false;
            }
        }
        return true;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";

    // One step of the streaming loop, outside the iterator so XmlException can be caught (iterators cannot yield in try/catch).
    // Returns a row, a non-row marker (a key or other element), or null at the end of input.
    private static object? NextElement(XmlReader xml, IXmlLineInfo lineInfo, string file, IDiagnosticSink sink, Dictionary<string, Key> keys, Shape shape,
        string? soleLayer)
    {
        try
        {
            while (xml.Read())
            {
                if (xml.NodeType != XmlNodeType.Element) continue;
                var at = new SourceLocation(file, lineInfo.LineNumber, lineInfo.LinePosition);
                if (!CheckShape(xml, at, shape, sink)) return null;
                switch (xml.LocalName)
                {
                    case "key":
                        var id = xml.GetAttribute("id");
                        var name = xml.GetAttribute("attr.name");
                        if (id is null)
                        {
                            sink.Report(Diagnostic.Error(at, DiagnosticCodes.MalformedGraphMl, "<key> has no 'id' attribute"));
                            return keys;
                        }
                        // A second declaration of an id would silently change what every <data> of it means (a name read
                        // as a kind): the first one stays, and the second is reported.
                        if (keys.TryGetValue(id, out var first))
                        {
                            sink.Report(Diagnostic.Error(at, DiagnosticCodes.MalformedGraphMl,
                                $"<key id=\"{id}\"> is already declared at {first.At}; key ids must be unique (this declaration is ignored)"));
                            return keys;
                        }
                        // Keys without attr.name (yEd graphics) are declared but never read.
                        keys[id] = new Key(name, at);
                        return keys;
                    case "graph" when shape.FirstGraph is null:
                        shape.FirstGraph = at;
                        return shape;
                    // NetworkX's read_graphml reads the first graph of a file; merging them would make one network of several.
                    case "graph":
                        sink.Report(Diagnostic.Error(at, DiagnosticCodes.MalformedGraphMl,
                            $"a second <graph> (the first is at {shape.FirstGraph}): a dataset is one network; put it in a file of its own"));
                        MoveToEndTag(xml);
                        return shape;
                    case "hyperedge":
                        sink.Report(Diagnostic.Error(at, DiagnosticCodes.MalformedGraphMl,
                            "<hyperedge> is not supported: a tie joins two actors; write each pair as an <edge>"));
                        MoveToEndTag(xml);
                        return shape;
                    case "node":
                        return ReadNode(xml, at, lineInfo, file, sink, keys);
                    case "edge":
                        return ReadEdge(xml, at, lineInfo, file, sink, keys, soleLayer);
                }
            }
            if (shape.RootSeen && !shape.GraphSeen)
                sink.Report(Diagnostic.Error(new SourceLocation(file, 1, 1), DiagnosticCodes.MalformedGraphMl,
                    "<graphml> holds no <graph> element: the file has no network (expected <graphml><graph edgedefault=\"undirected\"> with <node> and <edge> elements)"));
            return null;
        }
        catch (XmlException e)
        {
            sink.Report(Unreadable(e, file));
            return null;
        }
    }

    private static ActorRow? ReadNode(XmlReader xml, SourceLocation at, IXmlLineInfo lineInfo, string file, IDiagnosticSink sink, Dictionary<string, Key> keys)
    {
        var id = xml.GetAttribute("id");
        var data = ReadData(xml, lineInfo, file, sink, keys);
        if (string.IsNullOrWhiteSpace(id))
        {
            sink.Report(Diagnostic.Error(at, DiagnosticCodes.MissingRequired, "<node> has no 'id' attribute, which is required"));
            return null;
        }
        var layers = Value(data, "layers")?.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];
        return new ActorRow(id.Trim(), Value(data, "name") ?? Value(data, "label"), Value(data, "kind"), Value(data, "region"), layers, at)
        {
            FieldLocations = Locations(data, at, "id"),
            Time = TimeOf(data),
        };
    }

    private static TieRow? ReadEdge(XmlReader xml, SourceLocation at, IXmlLineInfo lineInfo, string file, IDiagnosticSink sink, Dictionary<string, Key> keys,
        string? soleLayer)
    {
        var source = xml.GetAttribute("source");
        var target = xml.GetAttribute("target");
        var data = ReadData(xml, lineInfo, file, sink, keys);
        var layer = Value(data, "layer") is { } given && !string.IsNullOrWhiteSpace(given) ? given : soleLayer;
        var missing = new[] { ("source", source), ("target", target), ("layer", layer) }.Where(f => string.IsNullOrWhiteSpace(f.Item2)).ToList();
        foreach (var (name, _) in missing)
        {
            sink.Report(Diagnostic.Error(at, DiagnosticCodes.MissingRequired, $"<edge> has no '{name}', which is required"));
        }
        if (missing.Count > 0) return null;
        return new TieRow(source!.Trim(), target!.Trim(), layer!, Value(data, "resource"), Value(data, "weight"), at)
        {
            FieldLocations = Locations(data, at, "source", "target"),
            Time = TimeOf(data),
        };
    }

    // The same data keys as the CSV columns: from, to, wave (checked by NetworkTime as for CSV).
    private static NetworkTimeText TimeOf(Dictionary<string, Scalar> data) =>
        new(Value(data, "from"), Value(data, "to"), Value(data, "wave"));

    // Reads the <data> children of the current <node>/<edge>, leaving the reader on its end tag. A nested <graph> is
    // skipped whole: read through, its nodes' data became the owner's.
    private static Dictionary<string, Scalar> ReadData(XmlReader xml, IXmlLineInfo lineInfo, string file, IDiagnosticSink sink, Dictionary<string, Key> keys)
    {
        var owner = xml.LocalName;
        var data = new Dictionary<string, Scalar>(StringComparer.Ordinal);
        if (xml.IsEmptyElement) return data;
        var depth = xml.Depth;
        xml.Read();
        while (!xml.EOF && xml.Depth > depth)
        {
            var at = new SourceLocation(file, lineInfo.LineNumber, lineInfo.LinePosition);
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "graph")
            {
                sink.Report(Diagnostic.Error(at, DiagnosticCodes.MalformedGraphMl,
                    $"<{owner}> holds a nested <graph> (a hierarchical node), which is not supported: its nodes and edges are not read; " +
                    "flatten the graph (one <graph> of <node> and <edge> elements)"));
                MoveToEndTag(xml);
                xml.Read();
                continue;
            }
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "data")
            {
                xml.Read();
                continue;
            }
            var key = xml.GetAttribute("key") ?? "";
            if (!keys.TryGetValue(key, out var declared))
            {
                sink.Report(Diagnostic.Error(at, DiagnosticCodes.MalformedGraphMl,
                    $"<data key=\"{key}\"> uses a key that no <key> element declares", EditDistance.Hint(key, keys.Keys)));
                xml.Skip();
            }
            else if (declared.Name is not { } name || !Known.Contains(name))
            {
                // Keys we do not use (yEd's node graphics hold nested XML): skip without reading their content.
                xml.Skip();
            }
            else if (ReadDataText(xml, key, lineInfo, file, sink) is { Length: > 0 } value) // moves past </data>
            {
                data[name] = new Scalar(value, at);
            }
        }
        return data;
    }

    /// <summary>
    /// The text of the <c>&lt;data&gt;</c> element the reader is on, trimmed, leaving the reader past its end tag. A child
    /// element (<c>A &lt;b&gt;bold&lt;/b&gt;</c>) is reported where it starts, when a sink is given, and gives null: the
    /// rest of the file is read as usual. (XmlReader.ReadElementContentAsString would throw, without a position, and
    /// end the whole file.)
    /// </summary>
    internal static string? ReadDataText(XmlReader xml, string key, IXmlLineInfo lineInfo, string file, IDiagnosticSink? sink)
    {
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return "";
        }
        var depth = xml.Depth;
        var text = new System.Text.StringBuilder();
        var markup = false;
        xml.Read();
        while (!xml.EOF && xml.Depth > depth)
        {
            if (xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                AppendBounded(xml, text);
            }
            else if (xml.NodeType == XmlNodeType.Element && !markup)
            {
                markup = true;
                sink?.Report(Diagnostic.Error(new SourceLocation(file, lineInfo.LineNumber, lineInfo.LinePosition), DiagnosticCodes.MalformedGraphMl,
                    $"<data key=\"{key}\"> holds markup (<{xml.Name}>) where text was expected; write the value as plain text (escape '<' as &lt;)"));
            }
            xml.Read(); // comments and processing instructions are skipped, as ReadElementContentAsString does
        }
        xml.Read(); // past </data>
        return markup ? null : text.ToString().Trim();
    }

    // Appends the text node's value in chunks and stops keeping it past the longest value a row may hold (the limit
    // check then refuses the row): xml.Value would hold a 50 MB name whole, twice over with the builder.
    private static void AppendBounded(XmlReader xml, System.Text.StringBuilder text)
    {
        if (!xml.CanReadValueChunk)
        {
            text.Append(xml.Value);
            return;
        }
        var chunk = System.Buffers.ArrayPool<char>.Shared.Rent(4096);
        try
        {
            int read;
            while ((read = xml.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
                if (text.Length <= ContentLimits.MaxValueChars) text.Append(chunk, 0, read);
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(chunk);
        }
    }

    // Leaves the reader on the end tag of the element it is on (on the element itself when it is empty), where the
    // callers' loops expect it: XmlReader.Skip would move past it, and their next Read past the following element.
    private static void MoveToEndTag(XmlReader xml)
    {
        if (xml.IsEmptyElement) return;
        var depth = xml.Depth;
        while (xml.Read() && xml.Depth > depth) { }
    }

    private static string? Value(Dictionary<string, Scalar> data, string name) => data.TryGetValue(name, out var s) ? s.Value : null;

    private static Dictionary<string, SourceLocation> Locations(Dictionary<string, Scalar> data, SourceLocation at, params string[] attributes)
    {
        var locations = data.ToDictionary(d => d.Key, d => d.Value.At);
        foreach (var attribute in attributes) locations[attribute] = at;
        return locations;
    }

    /// <summary>A declared <c>&lt;key&gt;</c>: its <c>attr.name</c> (null for keys GraphML tools use for graphics) and where.</summary>
    private readonly record struct Key(string? Name, SourceLocation At);

    /// <summary>An XmlReader over <paramref name="text"/> with our settings, behind <see cref="XmlAttributeGuard"/>.</summary>
    internal static XmlReader CreateXmlReader(TextReader text) => XmlReader.Create(new XmlAttributeGuard(text), Settings);

    // The reader reads its first block when it is created, so a limit can stop the file there already.
    private static XmlReader? Open(TextReader text, string file, IDiagnosticSink sink)
    {
        try
        {
            return CreateXmlReader(text);
        }
        catch (XmlException e)
        {
            sink.Report(Unreadable(e, file));
            return null;
        }
    }

    /// <summary>The error for XML that could not be read: one of our limits (TKG090), or not well-formed (TKG006).</summary>
    internal static Diagnostic Unreadable(XmlException e, string file)
    {
        var at = new SourceLocation(file, Math.Max(1, e.LineNumber), Math.Max(1, e.LinePosition));
        return e is XmlRefusedException refused
            ? Diagnostic.Error(at, refused.Code, refused.Reason)
            : Diagnostic.Error(at, DiagnosticCodes.MalformedGraphMl, $"not valid XML: {StripPosition(e.Message)}");
    }

    private static string StripPosition(string message)
    {
        var cut = message.IndexOf(" Line ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut].TrimEnd() : message;
    }
}
