using System.Globalization;
using System.Text.RegularExpressions;
using TimKnowledgeGraph.Graph.Cypher;

namespace TimKnowledgeGraph.Graph.Search;

/// <summary>
/// Reads what search indexes from the graph (so content loads and network imports are both seen): one read-only
/// statement per type, all in one request, each returning id, name, aliases, summary, body, linkType, linkId.
/// </summary>
/// <remarks>The statements are fixed text (no user input) in the Cypher subset Neo4j 3.1 and 5.x share.</remarks>
public static partial class SearchDocumentReader
{
    // Quotes that justify a node's typed links are part of its searchable text.
    private const string LinkQuotes = "[(n)-[r]->() WHERE r.quote IS NOT NULL | r.quote]";

    private static readonly (string Type, string Cypher)[] Statements =
    [
        ("Concept", "MATCH (n:Concept) RETURN n.id AS id, n.name AS name, coalesce(n.aliases, []) AS aliases, n.summary AS summary, n.body AS body, " + LinkQuotes + " AS extra, 'Concept' AS linkType, n.id AS linkId"),
        ("Critique", "MATCH (n:Critique) RETURN n.id AS id, n.name AS name, [] AS aliases, n.summary AS summary, n.body AS body, " + LinkQuotes + " AS extra, 'Critique' AS linkType, n.id AS linkId"),
        ("Proposition", "MATCH (n:Proposition) RETURN n.id AS id, 'Proposition ' + toString(n.number) AS name, [] AS aliases, n.text AS summary, n.body AS body, " + LinkQuotes + " AS extra, 'Proposition' AS linkType, n.id AS linkId"),
        ("Reference", "MATCH (n:Reference) RETURN n.id AS id, n.title AS name, [(a:Author)-[:AUTHORED]->(n) | a.name] AS aliases, " +
                      "[x IN [n.container, toString(n.year)] WHERE x IS NOT NULL] AS summary, null AS body, [] AS extra, 'Reference' AS linkType, n.id AS linkId"),
        ("Author", "MATCH (n:Author) RETURN n.id AS id, n.name AS name, [] AS aliases, null AS summary, null AS body, " +
                   "[(n)-[:AUTHORED]->(r:Reference) | coalesce(r.title, '') + ' (' + coalesce(toString(r.year), 'n.d.') + ')'] AS extra, 'Author' AS linkType, n.id AS linkId"),
        ("Actor", "MATCH (n:Actor) RETURN n.id AS id, coalesce(n.name, n.localId, n.id) AS name, [] AS aliases, n.kind AS summary, null AS body, [] AS extra, 'Actor' AS linkType, n.id AS linkId"),
        ("Dataset", "MATCH (n:Dataset) RETURN n.id AS id, coalesce(n.title, n.id) AS name, [] AS aliases, n.source AS summary, n.body AS body, " +
                    "[(n)-[:CONTAINS]->(l:Network) | coalesce(l.name, l.id)] AS extra, 'Dataset' AS linkType, n.id AS linkId"),
        ("Evidence", "MATCH (n:Evidence) WHERE n.quote IS NOT NULL " +
                     "OPTIONAL MATCH (n)-[:SUPPORTS|CHALLENGES|QUALIFIES]->(c) " +
                     "WITH n, head(collect(c)) AS c " +
                     "RETURN n.id AS id, coalesce(n.stance, 'evidence') + ' on ' + coalesce(c.name, c.title, 'Proposition ' + toString(c.number), c.id, '?') AS name, " +
                     "[] AS aliases, n.locator AS summary, n.quote AS body, [] AS extra, coalesce(head(labels(c)), 'Evidence') AS linkType, coalesce(c.id, n.id) AS linkId"),
    ];

    /// <summary>
    /// What a dataset's page offers, so "brokers", "overlap" or "typology" find the datasets whose pages answer them.
    /// </summary>
    public const string DatasetAnalyses = "Analyses: layer overlap (Jaccard), multiplex participation, brokers and brokerage " +
        "(betweenness centrality, structural holes, Gould–Fernandez brokerage roles), cross-layer brokers, Markusen regional typology.";

    /// <summary>Every searchable document in the graph.</summary>
    public static async Task<IReadOnlyList<SearchDocument>> ReadAsync(ICypherClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var statements = Statements.Select(s => new CypherStatement(s.Cypher) { IncludeStats = false }).ToList();
        // Columns are read by position: id, name, aliases, summary, body, extra, linkType, linkId.
        var results = await client.RunAsync(statements, cancellationToken).ConfigureAwait(false);
        var documents = new List<SearchDocument>();
        for (var i = 0; i < Statements.Length; i++)
            foreach (var row in results[i].Rows)
                if (Document(Statements[i].Type, row) is { } document) documents.Add(document);
        return documents;
    }

    private static SearchDocument? Document(string type, IReadOnlyList<object?> row)
    {
        if (row[0] is not string id) return null;
        var aliases = Strings(row[2]);
        var name = Text(row[1]);
        var summary = type == "Reference" ? string.Join(", ", Strings(row[3])) : Text(row[3]);
        var extra = Strings(row[5]);
        var body = string.Join("\n\n", new[] { PlainText(Text(row[4])) }.Concat(extra).Where(s => !string.IsNullOrWhiteSpace(s)));
        if (type == "Dataset") body = string.Join("\n\n", body, DatasetAnalyses);
        if (type == "Reference" && string.IsNullOrWhiteSpace(name)) name = AuthorYear(aliases, Strings(row[3]).LastOrDefault(), id);
        return new SearchDocument(type, id, string.IsNullOrWhiteSpace(name) ? id : name!, aliases, summary, body,
            Text(row[6]) ?? type, Text(row[7]) ?? id);
    }

    /// <summary>"Hassink (2007)", "Storper &amp; Walker (1989)", "Moulaert et al. (2003)": a title-less reference's name.</summary>
    internal static string AuthorYear(IReadOnlyList<string> authors, string? year, string fallback)
    {
        var families = authors.Select(Family).ToList();
        var who = families.Count switch { 0 => fallback, 1 => families[0], 2 => $"{families[0]} & {families[1]}", _ => $"{families[0]} et al." };
        return year is null || !year.All(char.IsAsciiDigit) ? who : $"{who} ({year})";
    }

    private static string Family(string name)
    {
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0) return name[..comma].Trim();
        var space = name.LastIndexOf(' ');
        return space > 0 ? name[(space + 1)..] : name;
    }

    /// <summary>Markdown as the words a reader sees: wiki-links by their label (or target), no markup.</summary>
    internal static string PlainText(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return "";
        var linked = WikiLink().Replace(markdown, m => m.Groups["label"].Success ? m.Groups["label"].Value : m.Groups["target"].Value.Replace('-', ' '));
        return Markdig.Markdown.ToPlainText(linked).Trim();
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString(CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static IReadOnlyList<string> Strings(object? value) =>
        value is IEnumerable<object?> list ? [.. list.Select(Text).OfType<string>().Where(s => s.Length > 0)] : [];

    [GeneratedRegex(@"\[\[(?<target>[^\]|\n]+)(?:\|(?<label>[^\]\n]+))?\]\]")]
    private static partial Regex WikiLink();
}
