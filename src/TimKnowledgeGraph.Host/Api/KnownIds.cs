using TimKnowledgeGraph.Domain.Content.Validation;
using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Graph.Queries;

namespace TimKnowledgeGraph.Host.Api;

/// <summary>
/// Whether an id names a node, and if not, the known ids nearest to it (Levenshtein), for 404s that help:
/// "No concept 'lerning-region'. Did you mean learning-region?".
/// </summary>
internal sealed class KnownIds(NamedQueryRunner runner, QueryCatalog catalog)
{
    /// <summary>How many near ids a 404 names at most.</summary>
    public const int MaxSuggestions = 3;

    /// <summary>Every label an id may name (those of <c>id-labels</c> and <c>ids-by-label</c>).</summary>
    public static readonly IReadOnlyList<string> AllLabels =
        [GraphSchema.Concept, GraphSchema.Proposition, GraphSchema.Critique, GraphSchema.Reference, GraphSchema.Author, GraphSchema.Dataset];

    /// <summary>The labels a named query's <c>id</c> parameter can name (as each query's header says).</summary>
    public static IReadOnlyList<string> LabelsForQuery(string query) => query switch
    {
        "concept" => [GraphSchema.Concept],
        "lineage" or "reading-list" => [GraphSchema.Concept, GraphSchema.Proposition],
        "critiques" or "evidence-balance" => [GraphSchema.Concept, GraphSchema.Proposition, GraphSchema.Critique],
        _ => AllLabels,
    };

    /// <summary>True when <paramref name="id"/> is the id of a node with one of <paramref name="labels"/>.</summary>
    public async Task<bool> ExistsAsync(string id, IReadOnlyList<string> labels, CancellationToken cancellationToken) =>
        (await runner.RunAsync(catalog.Get("id-labels"), Labels(labels, ("id", id)), cancellationToken)).Rows.Count > 0;

    /// <summary>Null when <paramref name="id"/> is the id of a node with one of <paramref name="labels"/>, else the nearest known ids.</summary>
    public async Task<IReadOnlyList<string>?> MissingAsync(string id, IReadOnlyList<string> labels, CancellationToken cancellationToken)
    {
        if (await ExistsAsync(id, labels, cancellationToken)) return null;
        var all = await runner.RunAsync(catalog.Get("ids-by-label"), Labels(labels), cancellationToken);
        return Nearest(id, all.Rows.Select(row => row[0] as string).OfType<string>());
    }

    /// <summary>
    /// For a page's 404: the nodes <paramref name="id"/> may have meant, as (label, id) pairs. A node of another label
    /// with exactly that id first (a critique's id under /concepts/), else the ids of <paramref name="label"/> nearest
    /// to it (only that label's, so a 404 costs what the API's do).
    /// </summary>
    public async Task<IReadOnlyList<(string Label, string Id)>> MeantAsync(string id, string label, CancellationToken cancellationToken)
    {
        var exact = await runner.RunAsync(catalog.Get("id-labels"), Labels(AllLabels, ("id", id)), cancellationToken);
        var elsewhere = exact.Rows.Select(row => row[0] as string).OfType<string>().Where(l => l != label).Select(l => (l, id)).ToList();
        if (elsewhere.Count > 0) return elsewhere;
        return [.. (await NearestAsync(id, [label], cancellationToken)).Select(near => (label, near))];
    }

    /// <summary>The nearest known ids of a missing one (none when it exists after all).</summary>
    public async Task<IReadOnlyList<string>> NearestAsync(string id, IReadOnlyList<string> labels, CancellationToken cancellationToken) =>
        await MissingAsync(id, labels, cancellationToken) ?? [];

    private static Dictionary<string, object?> Labels(IReadOnlyList<string> labels, params (string Name, object? Value)[] more)
    {
        var parameters = more.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
        parameters["labels"] = labels.ToList();
        return parameters;
    }

    /// <summary>
    /// Up to <see cref="MaxSuggestions"/> candidates <paramref name="value"/> may have meant: those close enough to be a
    /// typo of it, nearest first, then those that contain it whole, shortest first (<c>florence</c> for
    /// <c>florence-1430</c>, <c>learning</c> for <c>learning-region</c>: too many letters short to be a typo).
    /// </summary>
    public static IReadOnlyList<string> Nearest(string value, IEnumerable<string> candidates)
    {
        if (value.Length > 200) return []; // not a typo of an id; and keeps the work bounded
        var limit = Math.Max(2, value.Length / 3);
        var distinct = candidates.Distinct(StringComparer.Ordinal).ToList();
        var typos = distinct
            .Where(c => Math.Abs(c.Length - value.Length) <= limit)
            .Select(c => (Id: c, Distance: EditDistance.Between(value, c)))
            .Where(c => c.Distance <= limit)
            .OrderBy(c => c.Distance).ThenBy(c => c.Id, StringComparer.Ordinal)
            .Select(c => c.Id);
        // Three letters at least, so that "a" or "de" does not name every id that holds them.
        var containing = distinct
            .Where(c => value.Length >= MinContainedLength && c.Length > value.Length && c.Contains(value, StringComparison.OrdinalIgnoreCase))
            .OrderBy(c => c.Length).ThenBy(c => c, StringComparer.Ordinal);
        return [.. typos.Concat(containing).Distinct(StringComparer.Ordinal).Take(MaxSuggestions)];
    }

    private const int MinContainedLength = 3;
}
