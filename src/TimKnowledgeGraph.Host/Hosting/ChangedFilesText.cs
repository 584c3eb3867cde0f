namespace TimKnowledgeGraph.Host.Hosting;

/// <summary>
/// The files a reload found changed, as one log field: all of them when few, else their count and the first few. A bulk
/// edit in an Obsidian vault (a rename touching every note that links to it) changes hundreds of files at once, and the
/// watcher logged each name on one line; the whole list stays at the debug level and in <c>/api/load/status</c>.
/// </summary>
internal static class ChangedFilesText
{
    /// <summary>How many names are shown before the rest is counted.</summary>
    public const int Shown = 5;

    public static string Of(IReadOnlyList<string> files) =>
        files.Count <= Shown
            ? string.Join(", ", files)
            : $"{files.Count} files ({string.Join(", ", files.Take(Shown))} and {files.Count - Shown} more)";
}
