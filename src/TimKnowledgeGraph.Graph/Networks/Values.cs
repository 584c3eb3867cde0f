using System.Globalization;

namespace TimKnowledgeGraph.Graph.Networks;

/// <summary>Reads the plain values a <see cref="Cypher.CypherResult"/> row holds (string, long, double, bool, lists, maps).</summary>
public static class Values
{
    public static string? Text(IReadOnlyDictionary<string, object?> map, string key) => Text(map.GetValueOrDefault(key));

    public static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var other => other.ToString(),
    };

    public static double? Number(IReadOnlyDictionary<string, object?> map, string key) => Number(map.GetValueOrDefault(key));

    public static double? Number(object? value) => value switch
    {
        long l => l,
        int i => i,
        double d => d,
        string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };

    public static IReadOnlyList<IReadOnlyDictionary<string, object?>> Maps(object? value) =>
        value is IEnumerable<object?> list ? list.OfType<IReadOnlyDictionary<string, object?>>().ToList() : [];

    /// <summary>A list of strings, or a single string as a one-item list (authors may be stored either way).</summary>
    public static IReadOnlyList<string> Strings(object? value) => value switch
    {
        null => [],
        string s => [s],
        IEnumerable<object?> list => list.Where(x => x is not null).Select(x => Convert.ToString(x, CultureInfo.InvariantCulture)!).ToList(),
        var other => [Convert.ToString(other, CultureInfo.InvariantCulture)!],
    };
}
