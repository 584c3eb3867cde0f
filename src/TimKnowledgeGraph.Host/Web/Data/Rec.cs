using System.Globalization;
using TimKnowledgeGraph.Host.Output;

namespace TimKnowledgeGraph.Host.Web.Data;

/// <summary>
/// One result record (or a map inside one) with typed, forgiving accessors: a missing or null value reads as null or
/// empty, so a page shows what the graph has and never fails on an optional property.
/// </summary>
internal sealed class Rec(IReadOnlyDictionary<string, object?> values)
{
    /// <summary>The raw value, null when absent.</summary>
    public object? this[string key] => values.TryGetValue(key, out var value) ? value : null;

    /// <summary>The value as display text (numbers invariant, lists and maps as JSON); null when absent or empty.</summary>
    public string? Str(string key) => this[key] is { } value && ValueText.Format(value) is { Length: > 0 } text ? text : null;

    /// <summary>A whole number, or null.</summary>
    public long? Long(string key) => this[key] switch { long l => l, double d => (long)d, _ => null };

    /// <summary>A number, or null.</summary>
    public double? Double(string key) => this[key] switch { double d => d, long l => l, _ => null };

    /// <summary>True only for a boolean true.</summary>
    public bool Bool(string key) => this[key] is true;

    /// <summary>A list of scalars as text.</summary>
    public IReadOnlyList<string> Strings(string key) =>
        this[key] is IEnumerable<object?> list ? [.. list.Where(x => x is not null).Select(ValueText.Format)] : [];

    /// <summary>A list of maps as records; other items are skipped.</summary>
    public IReadOnlyList<Rec> Recs(string key) =>
        this[key] is IEnumerable<object?> list ? [.. list.OfType<IReadOnlyDictionary<string, object?>>().Select(m => new Rec(m))] : [];

    /// <summary>A map value as a record, or null.</summary>
    public Rec? Map(string key) => this[key] is IReadOnlyDictionary<string, object?> map ? new Rec(map) : null;

    /// <summary>A number formatted for reading, e.g. 0.667.</summary>
    public string Num(string key, string format = "0.###") =>
        Double(key) is { } d ? d.ToString(format, CultureInfo.InvariantCulture) : "";
}
