using System.Globalization;
using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Graph.Queries;

/// <summary>Puts the results of a split query's parts together (the rules are on <see cref="QuerySplit"/>).</summary>
internal static class QueryParts
{
    /// <summary>One result from the parts' results: rows merged by key, counts added, ratios recomputed, ordered by key.</summary>
    /// <exception cref="InvalidOperationException">Parts disagree on a column that is neither a count nor a ratio (a fault in the query).</exception>
    public static CypherResult Combine(string query, QuerySplit split, IReadOnlyList<CypherResult> parts)
    {
        var columns = parts[0].Columns;
        var keys = split.KeyColumns.Select(c => IndexOf(columns, c)).ToArray();
        var ratios = split.Ratios.Select(r => (Column: IndexOf(columns, r.Column), Numerator: IndexOf(columns, r.Numerator), Denominator: IndexOf(columns, r.Denominator))).ToArray();
        var ratioColumns = ratios.Select(r => r.Column).ToHashSet();
        var rows = new Dictionary<string, object?[]>(StringComparer.Ordinal);
        foreach (var row in parts.SelectMany(p => p.Rows))
        {
            var key = string.Join('\u001f', keys.Select(k => Convert.ToString(row[k], CultureInfo.InvariantCulture)));
            if (!rows.TryGetValue(key, out var merged)) rows[key] = [.. row];
            else Add(query, columns, key, merged, row, ratioColumns);
        }
        foreach (var merged in rows.Values)
        {
            foreach (var (column, numerator, denominator) in ratios)
            {
                var whole = Convert.ToDouble(merged[denominator], CultureInfo.InvariantCulture);
                merged[column] = whole == 0 ? 0.0 : Convert.ToDouble(merged[numerator], CultureInfo.InvariantCulture) / whole;
            }
        }
        var ordered = rows.Values.Order(Comparer<object?[]>.Create((a, b) => CompareKeys(keys, a, b))).ToList<IReadOnlyList<object?>>();
        return new CypherResult(columns, ordered, Stats: null);
    }

    private static void Add(string query, IReadOnlyList<string> columns, string key, object?[] merged, IReadOnlyList<object?> row, HashSet<int> ratioColumns)
    {
        for (var i = 0; i < merged.Length; i++)
        {
            if (ratioColumns.Contains(i)) continue;
            if (merged[i] is long total && row[i] is long count) merged[i] = total + count;
            else if (!SameValue(merged[i], row[i]))
                throw new InvalidOperationException($"query '{query}': its parts disagree on '{columns[i]}' for the row {key.Replace('\u001f', '/')}");
        }
    }

    private static bool SameValue(object? a, object? b) => (a, b) switch
    {
        (IReadOnlyList<object?> x, IReadOnlyList<object?> y) => x.Count == y.Count && x.Zip(y).All(p => SameValue(p.First, p.Second)),
        _ => Equals(a, b),
    };

    private static int CompareKeys(int[] keys, object?[] a, object?[] b)
    {
        foreach (var k in keys)
        {
            var order = (a[k], b[k]) switch
            {
                (null, null) => 0,
                (null, _) => -1,
                (_, null) => 1,
                (string x, string y) => string.CompareOrdinal(x, y),
                (var x, var y) => Convert.ToDouble(x, CultureInfo.InvariantCulture).CompareTo(Convert.ToDouble(y, CultureInfo.InvariantCulture)),
            };
            if (order != 0) return order;
        }
        return 0;
    }

    private static int IndexOf(IReadOnlyList<string> columns, string column)
    {
        for (var i = 0; i < columns.Count; i++)
            if (columns[i] == column) return i;
        throw new InvalidOperationException($"the result has no column '{column}'");
    }
}
