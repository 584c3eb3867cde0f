using TimKnowledgeGraph.Domain.Content.Unicode;

namespace TimKnowledgeGraph.Domain.Content.Notes.Markdown;

/// <summary>
/// A wiki-link target written as a note's path, as Obsidian writes it when two notes share a file name or when
/// "shortest path" is off: <c>[[concepts/alpha]]</c>, <c>[[concepts/alpha.md]]</c>, <c>[[alpha.md]]</c>. Obsidian reads
/// such a path from the vault's root, which for content is the content folder; a path relative to the linking note
/// (<c>[[../concepts/alpha]]</c>, "relative path to file") is first made one from the root (<see cref="FromNote"/>).
/// </summary>
/// <param name="Path">The path without a leading '/' and without <c>.md</c> (<c>concepts/alpha</c>).</param>
/// <param name="FileStem">Its last segment: the note's file name without <c>.md</c> (<c>alpha</c>).</param>
public sealed record WikiLinkPath(string Path, string FileStem)
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
        var notePath = Identifier.Normalize(WithoutExtension(noteFile)); // a macOS file name may be in NFD, a link is in NFC
        return notePath.Equals(Path, StringComparison.OrdinalIgnoreCase)
            || notePath.EndsWith("/" + Path, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// <paramref name="target"/> as a path from the content folder when it is written relative to the linking note
    /// <paramref name="noteFile"/> (starts with <c>./</c> or <c>../</c>): <c>../concepts/alpha</c> from
    /// <c>critiques/beta.md</c> is <c>concepts/alpha</c>. Any other target, and one that climbs out of the content
    /// folder, comes back as written (the latter then names no note).
    /// </summary>
    public static string FromNote(string noteFile, string target)
    {
        var written = target.Trim();
        if (!written.StartsWith("./", StringComparison.Ordinal) && !written.StartsWith("../", StringComparison.Ordinal)) return target;
        var segments = noteFile.Split('/').SkipLast(1).ToList();
        foreach (var segment in written.Split('/'))
        {
            if (segment == ".") continue;
            if (segment != "..") segments.Add(segment);
            else if (segments.Count == 0) return target;
            else segments.RemoveAt(segments.Count - 1);
        }
        return string.Join('/', segments);
    }

    /// <summary><paramref name="path"/> without a final <c>.md</c> (any case).</summary>
    public static string WithoutExtension(string path) =>
        path.EndsWith(Extension, StringComparison.OrdinalIgnoreCase) ? path[..^Extension.Length] : path;
}
