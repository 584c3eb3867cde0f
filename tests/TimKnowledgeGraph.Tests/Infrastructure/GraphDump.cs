using System.Collections;
using System.Globalization;
using System.Text;
using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Tests.Infrastructure;

/// <summary>
/// A canonical text dump of the graph: one line per node (labels, sorted properties) and per relationship (type, ends,
/// sorted properties), sorted. Load nodes (and a first load's LoadAttempt mark) and the given volatile properties (e.g. import run ids) are left out, so
/// two dumps are equal exactly when the content parts of two graphs are.
/// </summary>
public static class GraphDump
{
    public static async Task<IReadOnlyList<string>> TakeAsync(ICypherClient client, params string[] ignoredProperties)
    {
        var results = await client.RunAsync(
        [
            new CypherStatement("MATCH (n) WHERE NOT n:Load AND NOT n:LoadAttempt RETURN labels(n), n"),
            new CypherStatement("MATCH (a)-[r]->(b) RETURN type(r), labels(a), a.id, labels(b), b.id, r"),
        ]);
        var lines = new List<string>();
        foreach (var row in results[0].Rows)
            lines.Add($"({Labels(row[0])} {Properties(row[1], ignoredProperties)})");
        foreach (var row in results[1].Rows)
            lines.Add($"({Labels(row[1])} {row[2]})-[{row[0]} {Properties(row[5], ignoredProperties)}]->({Labels(row[3])} {row[4]})");
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    /// <summary>Lines only in <paramref name="before"/> (prefixed "-") and only in <paramref name="after"/> (prefixed "+").</summary>
    public static IReadOnlyList<string> Diff(IReadOnlyList<string> before, IReadOnlyList<string> after) =>
        [.. before.Except(after).Select(l => "- " + l), .. after.Except(before).Select(l => "+ " + l)];

    private static string Properties(object? value, string[] ignored)
    {
        var map = (IReadOnlyDictionary<string, object?>)value!;
        var text = new StringBuilder("{");
        foreach (var (key, v) in map.Where(p => !ignored.Contains(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal))
            text.Append(CultureInfo.InvariantCulture, $"{key}: {Text(v)}, ");
        return text.Append('}').ToString();
    }

    private static string Labels(object? labels) => string.Join(":", ((IEnumerable)labels!).Cast<string>().Order(StringComparer.Ordinal));

    private static string Text(object? value) => value switch
    {
        null => "null",
        string s => $"'{s}'",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Text)) + "]",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
