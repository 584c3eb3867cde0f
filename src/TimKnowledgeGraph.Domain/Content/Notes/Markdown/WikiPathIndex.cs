using TimKnowledgeGraph.Domain.Content.Unicode;

namespace TimKnowledgeGraph.Domain.Content.Notes.Markdown;

/// <summary>
/// What a wiki-link written as a path names, among the files links can point at: notes and datasets'
/// <c>dataset.md</c> (<c>[[concepts/alpha]]</c>, <c>[[networks/ds/dataset]]</c>, <c>[[ds/dataset.md]]</c>). A path
/// names the one file it is the whole path of, or the end of from a folder boundary (<see cref="WikiLinkPath.Names"/>);
/// a path that would fit two files (<c>[[dataset.md]]</c> with two datasets) names none. Loading and the pages resolve
/// paths with it, so a link goes where validation said it goes.
/// </summary>
/// <remarks>
/// Looked up by the path's last one or two segments, never by scanning every file: a corpus of many datasets and many
/// links stays linear. A key two files share is ambiguous and found for neither.
/// </remarks>
public sealed class WikiPathIndex<T> where T : class
{
    private readonly Dictionary<string, (string File, T Value)?> _byTail = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Adds a file (relative to the content folder, '/'-separated, e.g. <c>networks/ds/dataset.md</c>).</summary>
    public void Add(string file, T value)
    {
        var path = Identifier.Normalize(WikiLinkPath.WithoutExtension(file)); // as targets are (WikiLinkInlineParser)
        foreach (var tail in Tails(path))
            _byTail[tail] = _byTail.ContainsKey(tail) ? null : (file, value);
    }

    /// <summary>What <paramref name="target"/> names when it is written as a path; null when it is not one or names no single file.</summary>
    public T? Find(string target) =>
        WikiLinkPath.Of(target) is { } path
        && _byTail.GetValueOrDefault(Tails(path.Path).Last()) is { } found
        && path.Names(found.File) ? found.Value : null;

    // The last segment, and the last two when there are two: "networks/ds/dataset" → "dataset", "ds/dataset".
    private static IEnumerable<string> Tails(string path)
    {
        var last = path.LastIndexOf('/');
        yield return path[(last + 1)..];
        if (last <= 0) yield break;
        var previous = path.LastIndexOf('/', last - 1);
        yield return path[(previous + 1)..];
    }
}
