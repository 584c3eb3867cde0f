using TimKnowledgeGraph.Domain.Citations;

namespace TimKnowledgeGraph.Graph.Exports;

/// <summary>
/// The concept page's reading list in time: by year (works without one last, as the <c>reading-list</c> query returns
/// them), and within a year in reference-list order (<see cref="Bibliography.Sorted"/>), so that the letters read in
/// order down the table ("Smith (2020a)" above "Smith (2020b)") instead of by citation key.
/// </summary>
public static class ReadingListOrder
{
    /// <summary>The rows reordered; the works are placed as <paramref name="corpus"/> knows them, so its letters hold.</summary>
    public static IReadOnlyList<ReadingListEntry> Chronological(IReadOnlyList<ReadingListEntry> rows, Bibliography corpus, CitationStyle style = CitationStyles.Default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(corpus);
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        var listed = corpus.Sorted(rows.Select(r => corpus.Get(r.Work.Key) ?? r.Work), style);
        for (var i = 0; i < listed.Count; i++) position.TryAdd(listed[i].Key, i);
        return [.. rows.OrderBy(r => r.Work.Year is null).ThenBy(r => r.Work.Year).ThenBy(r => position[r.Work.Key])];
    }
}
