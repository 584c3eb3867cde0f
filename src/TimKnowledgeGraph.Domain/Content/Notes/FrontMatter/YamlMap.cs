using TimKnowledgeGraph.Domain.Content.Unicode;
using TimKnowledgeGraph.Domain.Content.Validation;
using TimKnowledgeGraph.Domain.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace TimKnowledgeGraph.Domain.Content.Notes.FrontMatter;

/// <summary>
/// A YAML mapping from a file's front matter, read with positions. YamlDotNet's marks are relative to the YAML
/// text; <see cref="LineOffset"/> moves them to lines of the .md file so diagnostics point at the right line.
/// Type problems are reported to the sink and the value treated as absent.
/// </summary>
/// <param name="keyMarks">Where keys are written, for keys that are aliases (see <see cref="YamlKeyMarks"/>); null: at their nodes.</param>
internal sealed class YamlMap(YamlMappingNode node, string file, int lineOffset, IDiagnosticSink sink, SourceLocation? at = null, YamlKeyMarks? keyMarks = null)
{
    /// <summary>The underlying YAML node.</summary>
    public YamlMappingNode Node { get; } = node;

    /// <summary>The file the YAML is in.</summary>
    public string File { get; } = file;

    /// <summary>Lines to add to YamlDotNet's 1-based line numbers to get file lines.</summary>
    public int LineOffset { get; } = lineOffset;

    /// <summary>Where the mapping starts (for the front matter itself: its opening <c>---</c>).</summary>
    public SourceLocation At => at ?? Where(Node);

    /// <summary>The file location of a YAML node.</summary>
    public SourceLocation Where(YamlNode yaml) => Where(yaml.Start);

    private SourceLocation Where(YamlDotNet.Core.Mark mark) => new(File, (int)mark.Line + LineOffset, (int)mark.Column);

    /// <summary>The file location of the <paramref name="index"/>-th key as written: an alias's own place, not its anchor's.</summary>
    private SourceLocation WhereKey(YamlNode key, int index) => keyMarks?.KeyAt(Node, index) is { } mark ? Where(mark) : Where(key);

    private readonly HashSet<string> _wrongType = new(StringComparer.Ordinal);

    /// <summary>Keys whose value had the wrong shape (already reported): not to be reported again as missing.</summary>
    public IReadOnlySet<string> WrongTypeKeys => _wrongType;

    /// <summary>Whether the key is present (even with an empty value).</summary>
    public bool Has(string key) => Node.Children.ContainsKey(new YamlScalarNode(key));

    /// <summary>The value node of a key, or null.</summary>
    public YamlNode? Get(string key) => Node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    /// <summary>A single scalar value; null if absent or empty. A list or map is reported as the wrong type.</summary>
    public Scalar? Scalar(string key) => Get(key) is { } value ? AsScalar(value, key) : null;

    /// <summary>A single scalar value that is an id (of a note, reference, layer, ...), in NFC (<see cref="Identifier"/>); null if absent or empty.</summary>
    public Scalar? Id(string key) => Identifier.NormalizeOrNull(Scalar(key));

    /// <summary>The items of a key that takes one value or a list of them; empty if absent.</summary>
    public IReadOnlyList<YamlNode> Items(string key) => Get(key) switch
    {
        null => [],
        YamlSequenceNode list => list.Children.ToList(),
        YamlScalarNode s when IsEmpty(s) => [],
        var single => [single],
    };

    /// <summary>A list of plain values (ids, aliases); non-scalar items are reported and skipped.</summary>
    public IReadOnlyList<Scalar> ScalarList(string key)
    {
        // "aliases: {a: b}" was told it should be a single value; a key that takes a list says so.
        var expected = Get(key) is YamlSequenceNode ? "a single value as each item" : "a value or a list of values";
        return [.. Items(key).Select(item => AsScalar(item, key, expected)).OfType<Scalar>()];
    }

    /// <summary>The item as a scalar, or null (reported) if it is a list or map.</summary>
    public Scalar? AsScalar(YamlNode value, string key, string expected = "a single value")
    {
        if (value is YamlScalarNode scalar)
            return IsEmpty(scalar) ? null : new Scalar(scalar.Value!.Trim(), Where(scalar));
        _wrongType.Add(key);
        sink.Report(Diagnostic.Error(Where(value), DiagnosticCodes.WrongType,
            $"'{key}' has a {Describe(value)}, expected {expected}"));
        return null;
    }

    /// <summary>The item as an id in NFC (<see cref="Identifier"/>), or null (reported) if it is a list or map.</summary>
    public Scalar? AsId(YamlNode value, string key, string expected = "a single value") => Identifier.NormalizeOrNull(AsScalar(value, key, expected));

    /// <summary>The item as a nested map sharing this map's file and offset, or null if it is not a map.</summary>
    public YamlMap? AsMap(YamlNode value) =>
        value is YamlMappingNode map ? new YamlMap(map, File, LineOffset, sink, keyMarks: keyMarks) : null;

    /// <summary>Warns about keys not in <paramref name="known"/>, hinting at the nearest known key.</summary>
    public void WarnUnknownKeys(IReadOnlyCollection<string> known, string what)
    {
        var index = -1;
        foreach (var (key, _) in Node.Children)
        {
            index++;
            var name = (key as YamlScalarNode)?.Value ?? key.ToString();
            if (known.Contains(name)) continue;
            sink.Report(Diagnostic.Warning(WhereKey(key, index), DiagnosticCodes.UnknownKey,
                $"unknown key '{name}' in {what}; it is ignored (known keys: {string.Join(", ", known)})",
                EditDistance.Hint(name, known)));
        }
    }

    /// <summary>Reports a missing required key at the start of this mapping.</summary>
    public void ReportMissing(string key, string what) =>
        sink.Report(Diagnostic.Error(At, DiagnosticCodes.MissingRequired, $"{what} has no '{key}', which is required"));

    /// <summary>Reports a value of the wrong shape.</summary>
    public void ReportWrongType(YamlNode value, string key, string expected)
    {
        _wrongType.Add(key);
        sink.Report(Diagnostic.Error(Where(value), DiagnosticCodes.WrongType,
            $"'{key}' has a {Describe(value)}, expected {expected}"));
    }

    /// <summary>How a node reads in a message: "list", "map" or "value".</summary>
    public static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "list",
        YamlMappingNode => "map",
        _ => "value",
    };

    private static bool IsEmpty(YamlScalarNode scalar) =>
        scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && (string.IsNullOrWhiteSpace(scalar.Value) || scalar.Value is "~" or "null")
        || string.IsNullOrWhiteSpace(scalar.Value);
}
