using System.Security.Cryptography;
using TimKnowledgeGraph.Domain.Content.Validation;
using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.Discovery;

/// <summary>
/// Stage 1: walks a content root and classifies files by folder (content/README.md). Dot-folders and dot-files
/// (<c>.obsidian/</c>, <c>.git/</c>) and README.md files are not content. Order is ordinal by path, so loads are deterministic.
/// </summary>
/// <remarks>
/// Symbolic links are never followed (a link to <c>.</c> made the walk loop forever): each link where content could be
/// is returned once as <see cref="ContentFileKind.Refused"/>, naming it. A file over its size limit is refused without
/// being hashed or read, and the walk stops at <see cref="ContentLimits.MaxFiles"/> files or
/// <see cref="ContentLimits.MaxTotalBytes"/> bytes.
/// </remarks>
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
        var count = 0;
        long total = 0;
        foreach (var (entry, unreadable) in Walk(root))
        {
            var relative = Path.GetRelativePath(root, entry.FullName).Replace('\\', '/');
            if (unreadable is not null)
            {
                if (IsContentOrHoldsIt(relative, entry)) files.Add(unreadable(relative, entry));
                continue;
            }
            if (entry.LinkTarget is { } target)
            {
                if (CouldHoldContent(relative, entry is DirectoryInfo)) files.Add(Link(relative, entry, target));
                continue;
            }
            if (entry is not FileInfo file || Classify(relative) is not { } kind) continue;

            // A pipe, socket or device is never opened: reading a pipe blocks until someone writes to it.
            if (UnixFileType.Irregular(file.FullName) is { } what)
            {
                if (kind != ContentFileKind.Unrecognised) files.Add(NotAFile(relative, file, what));
                continue;
            }
            // Files that are not content are never read: they count towards no limit and are hashed only when small.
            if (kind == ContentFileKind.Unrecognised)
            {
                files.Add(new ContentFile(relative, file.FullName, kind, file.Length <= ContentLimits.MaxNetworkFileBytes ? HashOrNull(file.FullName) ?? "not readable" : $"not read, {file.Length} bytes"));
                continue;
            }
            count++;
            total += file.Length;
            if (count > ContentLimits.MaxFiles || total > ContentLimits.MaxTotalBytes)
            {
                files.Add(TooMuch(relative, file, count > ContentLimits.MaxFiles));
                break;
            }
            files.Add(file.Length > ContentLimits.MaxBytes(kind) ? TooLarge(relative, file, kind)
                : HashOrNull(file.FullName) is { } hash ? new ContentFile(relative, file.FullName, kind, hash)
                : CannotOpen(relative, file));
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

    // Depth-first over an explicit stack (no recursion however deep the folders), children in ordinal order so the
    // limits cut at the same file every time. Links are returned, never entered. An entry comes with a refusal when
    // it cannot be read at all: a name that is not UTF-8 (.NET decodes its bytes to U+FFFD, and the decoded path then
    // names nothing on disk: asking for its size threw), or a folder that cannot be opened.
    private static IEnumerable<(FileSystemInfo Entry, Func<string, FileSystemInfo, ContentFile>? Unreadable)> Walk(string root)
    {
        var pending = new Stack<DirectoryInfo>();
        pending.Push(new DirectoryInfo(root));
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            if (Children(directory) is not { } children)
            {
                yield return (directory, CannotOpen);
                continue;
            }
            var entered = new List<DirectoryInfo>();
            foreach (var child in children)
            {
                // Skip dot-folders without descending: .git can be large.
                if (child.Name.StartsWith('.')) continue;
                if (child.Name.Contains('\uFFFD', StringComparison.Ordinal) && !child.Exists) yield return (child, NotUtf8Name);
                else if (child is DirectoryInfo sub && sub.LinkTarget is null) entered.Add(sub);
                else yield return (child, null);
            }
            foreach (var sub in Enumerable.Reverse(entered)) pending.Push(sub);
        }
    }

    private static List<FileSystemInfo>? Children(DirectoryInfo directory)
    {
        try
        {
            return [.. directory.EnumerateFileSystemInfos().OrderBy(c => c.Name, StringComparer.Ordinal)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // A link is reported where a file or folder of content could be: a folder link under concepts/ is, one beside
    // the content folders (an Obsidian attachment folder) is not.
    private static bool CouldHoldContent(string relative, bool isFolder) =>
        Classify(isFolder ? relative + "/note.md" : relative) is not null;

    // An unreadable file is reported only when it is content by its name (a PDF beside the references is not); an
    // unreadable folder wherever content could be inside it.
    private static bool IsContentOrHoldsIt(string relative, FileSystemInfo entry) =>
        entry is DirectoryInfo ? CouldHoldContent(relative, isFolder: true) : Classify(relative) is { } kind && kind != ContentFileKind.Unrecognised;

    private static ContentFile Link(string relative, FileSystemInfo link, string target)
    {
        var what = FileOrFolder(link);
        return Refused(relative, link, "link", Diagnostic.Error(new SourceLocation(relative, 1, 1), DiagnosticCodes.LinkNotFollowed,
            $"'{relative}' is a symbolic link to '{target}'; links are not followed (one could loop back into the content or reach outside it), expected a real {what}",
            $"move or copy the {what} here instead of linking it"));
    }

    private static string FileOrFolder(FileSystemInfo entry) => entry is DirectoryInfo ? "folder" : "file";

    private static ContentFile NotAFile(string relative, FileInfo file, string what) =>
        Refused(relative, file, "not read", UnixFileType.NotRead(relative, what));

    private static ContentFile CannotOpen(string relative, FileSystemInfo entry)
    {
        var what = FileOrFolder(entry);
        return Refused(relative, entry, "not read", Diagnostic.Error(new SourceLocation(relative, 1, 1), DiagnosticCodes.LinkNotFollowed,
            $"the {what} '{relative}' cannot be opened, expected a readable {what}; it is not read", "check its permissions"));
    }

    private static ContentFile NotUtf8Name(string relative, FileSystemInfo entry)
    {
        var what = FileOrFolder(entry);
        return Refused(relative, entry, "not read", Diagnostic.Error(new SourceLocation(relative, 1, 1), DiagnosticCodes.NotUtf8,
            $"the name of the {what} '{relative}' is not UTF-8 (shown with U+FFFD where its bytes are not), expected a UTF-8 name; it is not read",
            $"rename the {what}; names from an archive unpacked with another character set often look like this"));
    }

    private static ContentFile TooLarge(string relative, FileInfo file, ContentFileKind kind) =>
        Refused(relative, file, $"not read, {file.Length} bytes", Diagnostic.Error(new SourceLocation(relative, 1, 1), DiagnosticCodes.TooLarge,
            $"file is {ContentLimits.Describe(file.Length)}, expected at most {ContentLimits.Describe(ContentLimits.MaxBytes(kind))} for {Describe(kind)}; it is not read",
            kind == ContentFileKind.NetworkData ? "import large networks with 'timkg import <folder>'" : "split it into several files"));

    private static ContentFile TooMuch(string relative, FileInfo file, bool tooManyFiles) =>
        Refused(relative, file, "not read", Diagnostic.Error(new SourceLocation(relative, 1, 1), DiagnosticCodes.TooLarge,
            tooManyFiles
                ? $"more than {ContentLimits.MaxFiles} content files under the content root, expected at most {ContentLimits.MaxFiles}; this file and those after it are not read"
                : $"content files under the content root add up to more than {ContentLimits.Describe(ContentLimits.MaxTotalBytes)}, expected at most that; this file and those after it are not read"));

    private static ContentFile Refused(string relative, FileSystemInfo entry, string hash, Diagnostic problem) =>
        new(relative, entry.FullName, ContentFileKind.Refused, hash) { Problem = problem };

    private static string Describe(ContentFileKind kind) => kind switch
    {
        ContentFileKind.BibTex or ContentFileKind.CslJson => "a reference file",
        ContentFileKind.NetworkData => "a dataset's data file",
        ContentFileKind.DatasetDescription => "a dataset.md",
        _ => "a note",
    };

    /// <summary>The lower-case hex SHA-256 of a file's bytes.</summary>
    public static string Hash(string path)
    {
        using var stream = RegularFile.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    // Null when the file cannot be opened (no permission, or gone since the walk saw it).
    private static string? HashOrNull(string path)
    {
        try
        {
            return Hash(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
