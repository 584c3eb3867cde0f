using System.Text.Json;
using System.Xml;
using TimKnowledgeGraph.Domain.Content.Unicode;
using TimKnowledgeGraph.Domain.Content.Validation;
using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.Networks;

/// <summary>
/// Derives a dataset's description (what dataset.md would say) from a GraphML file alone, so that <c>timkg import</c>
/// of an exported <c>.graphml</c> needs no dataset.md. Reads what GraphMlWriter writes: graph data <c>title</c>, <c>description</c> (the free text),
/// <c>layers</c> (JSON: [{id, name, nature, scale, formality, instance_of, directed}]) and <c>regions</c> (JSON: [{id, name}]). Without
/// those (a file from another tool), layers come from the edges' <c>layer</c> data with their <c>layerName</c>,
/// <c>nature</c>, <c>scale</c>, <c>formality</c> data and from the nodes' <c>layers</c>; regions from the nodes'
/// <c>region</c> and <c>regionName</c>. One streaming pass; only the layer and region tables are kept.
/// A layer is directed when the <c>layers</c> JSON says <c>"directed": "true"</c> (our exports: their graph is always
/// <c>edgedefault="directed"</c>, a tie running from its source to its target, so that attribute says nothing about a
/// layer); without that JSON, when its first edge is directed: the edge's <c>directed</c> attribute, else the graph's
/// <c>edgedefault</c> (GraphML 1.0). Other values of either are errors at their line and column.
/// </summary>
public static class GraphMlDescriptionReader
{
    /// <summary>The description, or null when the file is not readable GraphML (reported).</summary>
    /// <param name="text">The GraphML.</param>
    /// <param name="file">The file as diagnostics name it: <c>&lt;folder&gt;/&lt;name&gt;.graphml</c>.</param>
    /// <param name="id">The dataset id to import it as.</param>
    /// <param name="sink">Where problems go.</param>
    public static DatasetDescription? Read(TextReader text, string file, string id, IDiagnosticSink sink)
    {
        var at = new SourceLocation(file, 1, 1);
        var found = new Found();
        try
        {
            Scan(text, file, found, sink);
        }
        catch (XmlException e)
        {
            sink.Report(GraphMlReader.Unreadable(e, file));
            return null;
        }
        var layers = found.LayersJson is { } layersJson ? FromJson(layersJson, "layers", sink, Layer) : found.Layers.Values.ToList();
        var regions = found.RegionsJson is { } regionsJson ? FromJson(regionsJson, "regions", sink, Region) : found.Regions.Values.ToList();
        var waves = found.WavesJson is { } wavesJson ? FromJson(wavesJson, "waves", sink, Wave) : found.Waves();
        if (layers is null || regions is null || waves is null) return null;
        var parts = file.Split('/');
        if (layers.Count == 0 && found.EdgeWithoutLayer)
        {
            // A GraphML file from another tool (Gephi, NetworkX) has no layer data: say how to give it one, once.
            sink.Report(Diagnostic.Error(at, DiagnosticCodes.MissingRequired,
                "the file names no layer (no 'layers' graph data, no edge with a 'layer'); expected a dataset.md beside it " +
                $"whose front matter declares its layer and names the file (layers: [{{id: ties, nature: social}}] and graphml: {parts[^1]}), " +
                "then the folder imported or validated (content/README.md)"));
            return null;
        }
        return new DatasetDescription
        {
            File = file,
            Folder = parts.Length >= 2 ? parts[^2] : "",
            Id = Identifier.Normalize(id),
            At = at,
            Title = found.Title,
            Body = found.Description?.Value ?? "",
            Layers = layers,
            Regions = regions,
            Waves = waves,
            GraphMl = new Scalar(parts[^1], at),
        };
    }

    // The data this reader uses and GraphMlReader (the import's row pass) does not read, so reports nothing about: a value
    // holding markup is reported here. Other data with markup is GraphMlReader's to report, or used by no one.
    private static readonly HashSet<string> GraphData = ["title", "description", "layers", "regions", "waves"];
    // Node and edge data that hold ids, read in NFC as GraphMlReader reads them (Identifier).
    private static readonly HashSet<string> IdData = ["layer", "layers", "region", "wave"];
    private static readonly HashSet<string> DescriptiveData = ["layerName", "nature", "scale", "formality", "regionName", "waveIndex"];

    private static void Scan(TextReader text, string file, Found found, IDiagnosticSink sink)
    {
        using var xml = GraphMlReader.CreateXmlReader(text);
        var line = (IXmlLineInfo)xml;
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        var graphDepth = -1;
        string owner = "";
        Dictionary<string, Scalar> data = [];
        void Flush()
        {
            if (owner == "edge") found.AddEdge(data, sink);
            else if (owner == "node") found.AddNode(data);
            data = [];
            owner = "";
        }
        // ReadElementContentAsString leaves the reader on the node after </data>, which may be the next element: read on
        // only when the last step did not already move.
        var moved = false;
        while (moved || xml.Read())
        {
            moved = false;
            if (xml.NodeType != XmlNodeType.Element) continue;
            switch (xml.LocalName)
            {
                case "key" when xml.GetAttribute("id") is { } keyId && xml.GetAttribute("attr.name") is { } name:
                    keys.TryAdd(keyId, name); // the first declaration holds, as in GraphMlReader (which reports the second)
                    break;
                case "graph" when graphDepth < 0:
                    graphDepth = xml.Depth;
                    found.EdgeDefault = Direction(xml, "edgedefault", ["directed", "undirected"], line, file, sink) is "directed";
                    break;
                case "node" or "edge":
                    Flush();
                    owner = xml.LocalName;
                    if (owner == "edge" && Direction(xml, "directed", ["true", "false"], line, file, sink) is { } directed)
                        data[EdgeDirected] = new Scalar(directed, new SourceLocation(file, line.LineNumber, line.LinePosition));
                    break;
                case "data":
                    var at = new SourceLocation(file, line.LineNumber, line.LinePosition);
                    var depth = xml.Depth;
                    var dataKey = xml.GetAttribute("key") ?? "";
                    var key = keys.GetValueOrDefault(dataKey);
                    // Graph-level data sits directly in <graph>; node and edge data one level further down.
                    var graphLevel = depth == graphDepth + 1;
                    if (key is null || (!graphLevel && owner == "")) break;
                    var reports = graphLevel ? GraphData.Contains(key) : DescriptiveData.Contains(key);
                    var read = GraphMlReader.ReadDataText(xml, dataKey, line, file, reports ? sink : null);
                    moved = true;
                    if (read is not { Length: > 0 }) break;
                    var value = new Scalar(read, at);
                    if (!graphLevel && IdData.Contains(key)) value = Identifier.Normalize(value);
                    if (graphLevel) found.AddGraph(key, value);
                    else data[key] = value;
                    break;
            }
        }
        Flush();
    }

    // The edge's own `directed` attribute, carried with its data under a name no GraphML key can have (names are attr.name values, this one has a space).
    private const string EdgeDirected = "directed attribute";

    // An attribute that says a direction: its value when it is one of the allowed ones, null when absent or not (reported).
    private static string? Direction(XmlReader xml, string attribute, string[] allowed, IXmlLineInfo line, string file, IDiagnosticSink sink)
    {
        if (xml.GetAttribute(attribute) is not { } value) return null;
        if (allowed.Contains(value)) return value;
        sink.Report(Diagnostic.Error(new SourceLocation(file, line.LineNumber, line.LinePosition), DiagnosticCodes.MalformedGraphMl,
            $"<{xml.LocalName}> has {attribute}=\"{EchoedValue.Of(value)}\", which GraphML does not define; expected {string.Join(" or ", allowed.Select(a => $"\"{a}\""))}"));
        return null;
    }

    private static List<T>? FromJson<T>(Scalar json, string what, IDiagnosticSink sink, Func<JsonElement, SourceLocation, T?> item)
        where T : class
    {
        try
        {
            using var document = JsonDocument.Parse(json.Value);
            if (document.RootElement.ValueKind != JsonValueKind.Array) throw new JsonException("not an array");
            var items = new List<T>();
            foreach (var element in document.RootElement.EnumerateArray())
            {
                if (element.ValueKind == JsonValueKind.Object && item(element, json.At) is { } made) items.Add(made);
                else sink.Report(Diagnostic.Error(json.At, DiagnosticCodes.MalformedGraphMl, $"graph data '{what}': an item without a text 'id'"));
            }
            return items;
        }
        catch (JsonException e)
        {
            sink.Report(Diagnostic.Error(json.At, DiagnosticCodes.MalformedGraphMl,
                $"graph data '{what}' is not a JSON array of objects ({e.Message}); expected e.g. [{{\"id\": \"trade\", \"nature\": \"economic\"}}]"));
            return null;
        }
    }

    private static LayerDeclaration? Layer(JsonElement e, SourceLocation at) =>
        IdText(e, "id", at) is { } id
            ? new LayerDeclaration(id, Text(e, "name", at), Text(e, "scale", at), Text(e, "nature", at), Text(e, "formality", at), IdText(e, "instance_of", at), at,
                Flag(e, "directed", at))
            : null;

    // A JSON boolean, or a text checked as dataset.md's value is (NetworkVocabulary: "true" or "false", else TKG012).
    private static Scalar? Flag(JsonElement e, string name, SourceLocation at) =>
        !e.TryGetProperty(name, out var v) ? null
        : v.ValueKind is JsonValueKind.True or JsonValueKind.False ? new Scalar(v.ValueKind == JsonValueKind.True ? "true" : "false", at)
        : new Scalar(v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : v.GetRawText(), at);

    private static WaveDeclaration? Wave(JsonElement e, SourceLocation at) =>
        IdText(e, "id", at) is { } id ? new WaveDeclaration(id, Text(e, "name", at), at) : null;

    private static RegionDeclaration? Region(JsonElement e, SourceLocation at) =>
        IdText(e, "id", at) is { } id ? new RegionDeclaration(id, Text(e, "name", at), at) : null;

    private static Scalar? IdText(JsonElement e, string name, SourceLocation at) => Identifier.NormalizeOrNull(Text(e, name, at));

    private static Scalar? Text(JsonElement e, string name, SourceLocation at) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? new Scalar(s, at) : null;

    /// <summary>What one pass found; layers and regions by id in first-seen order.</summary>
    private sealed class Found
    {
        public Scalar? Title { get; private set; }
        public Scalar? Description { get; private set; }
        public Scalar? LayersJson { get; private set; }
        public Scalar? RegionsJson { get; private set; }
        public Scalar? WavesJson { get; private set; }
        private readonly Dictionary<string, (Scalar Id, long Index)> _waves = new(StringComparer.Ordinal);

        /// <summary>Without graph data 'waves': the waves rows name, ordered by their waveIndex data (else first seen).</summary>
        public List<WaveDeclaration> Waves() =>
            [.. _waves.Values.Select((w, seen) => (w.Id, w.Index, seen)).OrderBy(w => w.Index).ThenBy(w => w.seen)
                .Select(w => new WaveDeclaration(w.Id, null, w.Id.At))];

        private void AddWave(Dictionary<string, Scalar> data)
        {
            if (!data.TryGetValue("wave", out var wave) || _waves.ContainsKey(wave.Value)) return;
            var index = data.TryGetValue("waveIndex", out var i) && long.TryParse(i.Value, System.Globalization.NumberStyles.Integer,
                System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : long.MaxValue;
            _waves[wave.Value] = (wave, index);
        }
        public Dictionary<string, LayerDeclaration> Layers { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, RegionDeclaration> Regions { get; } = new(StringComparer.Ordinal);

        public void AddGraph(string key, Scalar value)
        {
            switch (key)
            {
                case "title": Title ??= value; break;
                case "description": Description ??= value; break;
                case "layers": LayersJson ??= value; break;
                case "regions": RegionsJson ??= value; break;
                case "waves": WavesJson ??= value; break;
            }
        }

        /// <summary>Whether the graph's edgedefault is "directed" (then an edge without its own <c>directed</c> is directed).</summary>
        public bool EdgeDefault { get; set; }

        /// <summary>Whether an edge has no layer data (a file from another tool, when no edge has).</summary>
        public bool EdgeWithoutLayer { get; private set; }

        public void AddEdge(Dictionary<string, Scalar> data, IDiagnosticSink sink)
        {
            AddWave(data);
            if (!data.TryGetValue("layer", out var layer))
            {
                EdgeWithoutLayer = true;
                return;
            }
            // The first edge that says a layer's nature describes it (a node's layers list may have named it first).
            if (Layers.GetValueOrDefault(layer.Value) is { Nature: not null } known)
            {
                ReportDisagreement(layer.Value, known, data, sink);
                return;
            }
            Layers[layer.Value] = new LayerDeclaration(layer, data.GetValueOrDefault("layerName"), data.GetValueOrDefault("scale"),
                data.GetValueOrDefault("nature"), data.GetValueOrDefault("formality"), null, layer.At, EdgeDirection(data, layer.At));
        }

        // The direction of an edge: its own directed attribute, else the graph's edgedefault.
        private Scalar EdgeDirection(Dictionary<string, Scalar> data, SourceLocation at) =>
            data.TryGetValue(EdgeDirected, out var own) ? new Scalar(own.Value == "true" ? "true" : "false", own.At) : new Scalar(EdgeDefault ? "true" : "false", at);

        private readonly HashSet<string> _disagreeing = new(StringComparer.Ordinal);

        // An edge that describes its layer otherwise than the first one did: the first is kept, so say so (once per layer).
        private void ReportDisagreement(string layer, LayerDeclaration known, Dictionary<string, Scalar> data, IDiagnosticSink sink)
        {
            var direction = EdgeDirection(data, data.GetValueOrDefault(EdgeDirected)?.At ?? known.At);
            foreach (var (key, first) in new[] { ("nature", known.Nature), ("scale", known.Scale), ("formality", known.Formality), ("layerName", known.Name), (EdgeDirected, known.Directed) })
            {
                if (key == EdgeDirected) data[key] = direction;
                if (!data.TryGetValue(key, out var given) || given.Value == first?.Value || _disagreeing.Contains(layer)) continue;
                _disagreeing.Add(layer);
                sink.Report(Diagnostic.Warning(given.At, DiagnosticCodes.DuplicateField,
                    $"layer '{EchoedValue.Of(layer)}' is given {key} '{EchoedValue.Of(given.Value)}' here and {(first is null ? "none" : $"'{EchoedValue.Of(first.Value)}'")} by its first edge " +
                    $"({known.At}); the first edge's description is kept for the whole layer"));
            }
        }

        public void AddNode(Dictionary<string, Scalar> data)
        {
            AddWave(data);
            if (data.TryGetValue("layers", out var layers))
                foreach (var layer in layers.Value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    Layers.TryAdd(layer, new LayerDeclaration(new Scalar(layer, layers.At), null, null, null, null, null, layers.At,
                        new Scalar(EdgeDefault ? "true" : "false", layers.At)));
            if (data.TryGetValue("region", out var region) && !Regions.ContainsKey(region.Value))
                Regions[region.Value] = new RegionDeclaration(region, data.GetValueOrDefault("regionName"), region.At);
        }
    }
}
