using TimKnowledgeGraph.Domain.Content.Discovery;

namespace TimKnowledgeGraph.Host.Hosting;

/// <summary>
/// A <see cref="FileSystemWatcher"/> over the content folder that reports paths which may be content. Editors that
/// save through a temp file and a rename show up as a rename onto the note's name, so renames count by their new
/// and old names alike; dot-files (<c>.note.md.swp</c>, <c>.obsidian/</c>) never count.
/// </summary>
internal static class ContentFolderWatcher
{
    /// <summary>Starts watching <paramref name="root"/>; <paramref name="changed"/> gets root-relative paths, <paramref name="overflow"/> a lost-events signal.</summary>
    public static FileSystemWatcher Create(string root, Action<string> changed, Action overflow)
    {
        var watcher = new FileSystemWatcher(root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            // The default 8 KB buffer overflows when a whole folder is copied in; 64 KB is the documented maximum.
            InternalBufferSize = 64 * 1024,
        };
        void Report(string fullPath)
        {
            var relative = Path.GetRelativePath(root, fullPath).Replace('\\', '/');
            if (Matters(relative)) changed(relative);
        }
        watcher.Changed += (_, e) => Report(e.FullPath);
        watcher.Created += (_, e) => Report(e.FullPath);
        watcher.Deleted += (_, e) => Report(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            Report(e.OldFullPath);
            Report(e.FullPath);
        };
        watcher.Error += (_, _) => overflow();
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    /// <summary>Whether a change at this path may change the content: content files, and folders (a renamed or deleted folder).</summary>
    public static bool Matters(string relativePath)
    {
        if (relativePath.Split('/').Any(p => p.StartsWith('.'))) return false;
        // No extension: most likely a folder (a folder rename moves every note in it).
        return !Path.HasExtension(relativePath) || ContentDiscovery.Classify(relativePath) is not null;
    }
}
