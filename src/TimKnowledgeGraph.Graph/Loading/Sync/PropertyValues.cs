using System.Collections;
using System.Globalization;

namespace TimKnowledgeGraph.Graph.Loading.Sync;

/// <summary>
/// Compares property maps as Neo4j stores them: what the mapper produced (string, long, double, bool, lists of those)
/// against what the HTTP API returns (long for integral literals, double otherwise, lists as <see cref="List{T}"/>).
/// </summary>
internal static class PropertyValues
{
    /// <summary>Whether two property maps hold the same keys and values.</summary>
    public static bool MapsEqual(IReadOnlyDictionary<string, object?> a, IReadOnlyDictionary<string, object?> b)
    {
        // Null values are never stored by Neo4j: a key set to null is the same as an absent key.
        var countA = a.Count(p => p.Value is not null);
        var countB = b.Count(p => p.Value is not null);
        if (countA != countB) return false;
        foreach (var (key, value) in a)
        {
            if (value is null) continue;
            if (!b.TryGetValue(key, out var other) || !ValuesEqual(value, other)) return false;
        }
        return true;
    }

    /// <summary>Whether two property values are equal; numbers compare by value whatever their .NET type.</summary>
    public static bool ValuesEqual(object? a, object? b)
    {
        if (a is null || b is null) return a is null && b is null;
        if (IsNumber(a) && IsNumber(b))
        {
            // Integral values compare exactly (ids beyond 2^53 survive); mixed ones compare as doubles.
            if (IsIntegral(a) && IsIntegral(b)) return Convert.ToInt64(a, CultureInfo.InvariantCulture) == Convert.ToInt64(b, CultureInfo.InvariantCulture);
            return Convert.ToDouble(a, CultureInfo.InvariantCulture).Equals(Convert.ToDouble(b, CultureInfo.InvariantCulture));
        }
        if (a is string sa) return b is string sb && string.Equals(sa, sb, StringComparison.Ordinal);
        if (a is bool ba) return b is bool bb && ba == bb;
        if (a is IEnumerable ea && b is IEnumerable eb)
        {
            var la = ea.Cast<object?>().ToList();
            var lb = eb.Cast<object?>().ToList();
            return la.Count == lb.Count && la.Zip(lb).All(p => ValuesEqual(p.First, p.Second));
        }
        return a.Equals(b);
    }

    private static bool IsNumber(object value) => value is long or int or short or byte or double or float or decimal;

    private static bool IsIntegral(object value) => value is long or int or short or byte;
}
