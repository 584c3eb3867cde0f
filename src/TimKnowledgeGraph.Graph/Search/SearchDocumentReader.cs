using System.Globalization;
using TimKnowledgeGraph.Domain.Citations;
using TimKnowledgeGraph.Domain.Content.Notes.Markdown;
using TimKnowledgeGraph.Graph.Queries;

namespace TimKnowledgeGraph.Graph.Search;

/// <summary>
/// Reads what search indexes from the graph (so content loads and network imports are both seen) through the
/// internal query <c>search-documents</c> (<c>cypher/search-documents.cypher</c>), one row per document.
/// </summary>
internal static class SearchDocumentReader
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
        if (type == "Reference" && string.IsNullOrWhiteSpace(name)) name = Bibliography.AuthorYear(aliases, Strings(row["summary"]).LastOrDefault(), id);
        return new SearchDocument(type, id, string.IsNullOrWhiteSpace(name) ? id : name!, aliases, summary, body,
            Text(row["linkType"]) ?? type, Text(row["linkId"]) ?? id);
    }

    /// <summary>Markdown as the words a reader sees (<see cref="NoteMarkdown.ToPlainText"/>): comments and raw HTML are not searchable.</summary>
    internal static string PlainText(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : NoteMarkdown.ToPlainText(markdown);

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

}
