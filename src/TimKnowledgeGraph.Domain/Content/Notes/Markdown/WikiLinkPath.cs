namespace TimKnowledgeGraph.Domain.Content.Notes.Markdown;

/// <summary>
/// A wiki-link target written as a note's path, as Obsidian writes it when two notes share a file name or when
/// "shortest path" is off: <c>[[concepts/alpha]]</c>, <c>[[concepts/alpha.md]]</c>, <c>[[alpha.md]]</c>. Obsidian reads
/// such a path from the vault's root, which for content is the content folder.
/// </summary>
/// <param name="Path">The path without a leading '/' and without <c>.md</c> (<c>concepts/alpha</c>).</param>
/// <param name="FileStem">Its last segment: the note's file name without <c>.md</c> (<c>alpha</c>).</param>
internal sealed record WikiLinkPath(string Path, string FileStem)
{
    private const string Extension = ".md";

    /// <summary>The target read as a path; null when it is not written as one (it has no '/' and does not end in .md).</summary>
    public static WikiLinkPath? Of(string target)
    {
        var written = target.Trim().TrimStart('/');
        var path = WithoutExtension(written);
        if (path.Length == written.Length && !path.Contains('/')) return null;
        var stem = path[(path.LastIndexOf('/') + 1)..];
        return stem.Length == 0 ? null : new WikiLinkPath(path, stem);
    }

    /// <summary>
    /// Whether this path names the note in <paramref name="noteFile"/> (relative to the content root, e.g.
    /// <c>concepts/tims/alpha.md</c>): its whole path from the content folder, or the end of it from a folder boundary
    /// (<c>tims/alpha</c>, <c>alpha.md</c>), as Obsidian resolves a partial path. A path whose folders are not the
    /// note's names no note, even when the file name exists elsewhere: a link to <c>critiques/alpha</c> is not a link
    /// to <c>concepts/alpha.md</c>.
    /// </summary>
    public bool Names(string noteFile)
    {
        var notePath = WithoutExtension(noteFile);
        return notePath.Equals(Path, StringComparison.OrdinalIgnoreCase)
            || notePath.EndsWith("/" + Path, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary><paramref name="path"/> without a final <c>.md</c> (any case).</summary>
    public static string WithoutExtension(string path) =>
        path.EndsWith(Extension, StringComparison.OrdinalIgnoreCase) ? path[..^Extension.Length] : path;
}
