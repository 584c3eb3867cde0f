using TimKnowledgeGraph.Domain.Citations;

namespace TimKnowledgeGraph.Graph.Exports;

/// <summary>
/// Writes a reading list as a reference list in one author–date style: one entry a line, in reference-list order
/// (names, year, title), as plain text or Markdown (titles in <c>*italics*</c>).
/// </summary>
public static class ReferenceListWriter
{
    /// <summary>
    /// The entries formatted against <paramref name="corpus"/>, the knowledge base's works, so that letters such as
    /// 1993a mean what they mean on the web pages; entries the corpus lacks are formatted on their own.
    /// </summary>
    public static string Write(IEnumerable<ReadingListEntry> entries, Bibliography corpus, CitationStyle style, bool markdown = false)
    {
        var works = entries.Select(e => corpus.Get(e.Work.Key) ?? e.Work);
        var lines = corpus.Sorted(works, style).Select(w => corpus.Entry(w, style)).Select(t => markdown ? t.ToMarkdown() : t.Plain);
        return string.Concat(lines.Select(line => line + "\n"));
    }
}
