using System.Globalization;
using System.Text.RegularExpressions;
using TimKnowledgeGraph.Graph.Queries;

namespace TimKnowledgeGraph.Graph.Search;

/// <summary>
/// Reads what search indexes from the graph (so content loads and network imports are both seen) through the
/// internal query <c>search-documents</c> (<c>cypher/search-documents.cypher</c>), one row per document.
/// </summary>
internal static partial class SearchDocumentReader
{
    /// <summary>
    /// What a dataset's page offers, so "brokers", "overlap" or "typology" find the datasets whose pages answer them.
    /// </summary>
    public const string DatasetAnalyses = "Analyses: layer overlap (Jaccard), multiplex participation, brokers and brokerage " +
        "(betweenness centrality, structural holes, Gould–Fernandez brokerage roles), cross-layer brokers, Markusen regional typology.";

    /// <summary>Every searchable document in the graph.</summary>
    public static async Task<IReadOnlyList<SearchDocument>> ReadAsync(NamedQueryRunner runner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var result = await runner.RunAsync(QueryCatalog.Embedded.Get("search-documents"), new Dictionary<string, object?>(), cancellationToken)
            .ConfigureAwait(false);
        var documents = new List<SearchDocument>();
        foreach (var row in result.Records())
            if (Document(row) is { } document) documents.Add(document);
        return documents;
    }

    private static SearchDocument? Document(IReadOnlyDictionary<string, object?> row)
    {
        if (row["id"] is not string id || row["type"] is not string type) return null;
        var aliases = Strings(row["aliases"]);
        var name = Text(row["name"]);
        var summary = type == "Reference" ? string.Join(", ", Strings(row["summary"])) : Text(row["summary"]);
        var extra = Strings(row["extra"]);
        var body = string.Join("\n\n", new[] { PlainText(Text(row["body"])) }.Concat(extra).Where(s => !string.IsNullOrWhiteSpace(s)));
        if (type == "Dataset") body = string.Join("\n\n", body, DatasetAnalyses);
        if (type == "Reference" && string.IsNullOrWhiteSpace(name)) name = AuthorYear(aliases, Strings(row["summary"]).LastOrDefault(), id);
        return new SearchDocument(type, id, string.IsNullOrWhiteSpace(name) ? id : name!, aliases, summary, body,
            Text(row["linkType"]) ?? type, Text(row["linkId"]) ?? id);
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
