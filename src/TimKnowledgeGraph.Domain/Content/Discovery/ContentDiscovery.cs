using System.Security.Cryptography;

namespace TimKnowledgeGraph.Domain.Content.Discovery;

/// <summary>
/// Stage 1: walks a content root and classifies files by folder (content/README.md). Dot-folders and dot-files
/// (<c>.obsidian/</c>, <c>.git/</c>) and README.md files are not content. Order is ordinal by path, so loads are deterministic.
/// </summary>
public static class ContentDiscovery
{
    /// <summary>Finds and hashes every content file under <paramref name="contentRoot"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">The root does not exist: a caller mistake, not a content problem.</exception>
    public static IReadOnlyList<ContentFile> Discover(string contentRoot)
    {
        var root = Path.GetFullPath(contentRoot);
        if (!Directory.Exists(root))
            throw new DirectoryNotFoundException($"Content root '{contentRoot}' does not exist.");

        var files = new List<ContentFile>();
        foreach (var full in Walk(root))
        {
            var relative = Path.GetRelativePath(root, full).Replace('\\', '/');
            var kind = Classify(relative);
            if (kind is null) continue;
            files.Add(new ContentFile(relative, full, kind.Value, Hash(full)));
        }
        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return files;
    }

    /// <summary>Classifies a root-relative, '/'-separated path; null when the file is not content at all.</summary>
    public static ContentFileKind? Classify(string relativePath)
    {
        var parts = relativePath.Split('/');
        if (parts.Any(p => p.StartsWith('.'))) return null;
        var name = parts[^1];
        if (name.Equals("README.md", StringComparison.OrdinalIgnoreCase) || parts.Length < 2) return null;
        var ext = Path.GetExtension(name).ToLowerInvariant();

        return parts[0] switch
        {
            // Attachments (images, PDFs) beside notes are normal in Obsidian vaults: not content, not a warning.
            "concepts" => ext == ".md" ? ContentFileKind.ConceptNote : null,
            "propositions" => ext == ".md" ? ContentFileKind.PropositionNote : null,
            "critiques" => ext == ".md" ? ContentFileKind.CritiqueNote : null,
            "references" => ext switch
            {
                ".bib" => ContentFileKind.BibTex,
                ".json" => ContentFileKind.CslJson,
                _ => ContentFileKind.Unrecognised,
            },
            "networks" when parts.Length == 3 =>
                name.Equals("dataset.md", StringComparison.OrdinalIgnoreCase)
                    ? ContentFileKind.DatasetDescription
                    : ContentFileKind.NetworkData,
            "networks" => ContentFileKind.Unrecognised,
            _ => null,
        };
    }

    private static IEnumerable<string> Walk(string directory)
    {
        foreach (var file in Directory.EnumerateFiles(directory))
            yield return file;
        foreach (var sub in Directory.EnumerateDirectories(directory))
        {
            // Skip dot-folders without descending: .git can be large.
            if (Path.GetFileName(sub).StartsWith('.')) continue;
            foreach (var file in Walk(sub))
                yield return file;
        }
    }

    /// <summary>The lower-case hex SHA-256 of a file's bytes.</summary>
    public static string Hash(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
