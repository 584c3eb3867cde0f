namespace TimKnowledgeGraph.Tests.Infrastructure;

/// <summary>A throwaway copy of a content folder, to break on purpose; deleted on dispose.</summary>
public sealed class ContentCopy : IDisposable
{
    public ContentCopy(string source)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Root, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "timkg-content", Guid.NewGuid().ToString("n"));

    /// <summary>Replaces the first occurrence of <paramref name="from"/> in a file and returns the 1-based line it was on.</summary>
    public int Replace(string relativePath, string from, string to)
    {
        var path = Path.Combine(Root, relativePath);
        var text = File.ReadAllText(path);
        var at = text.IndexOf(from, StringComparison.Ordinal);
        if (at < 0) throw new InvalidOperationException($"'{from}' not found in {relativePath}");
        File.WriteAllText(path, string.Concat(text.AsSpan(0, at), to, text.AsSpan(at + from.Length)));
        return text.AsSpan(0, at).Count('\n') + 1;
    }

    /// <summary>Appends a line to a file and returns its 1-based line number.</summary>
    public int AppendLine(string relativePath, string line)
    {
        var path = Path.Combine(Root, relativePath);
        var text = File.Exists(path) ? File.ReadAllText(path) : "";
        if (text.Length > 0 && !text.EndsWith('\n')) text += "\n";
        File.WriteAllText(path, text + line + "\n");
        return text.Count(c => c == '\n') + 1;
    }

    public void Copy(string fromRelative, string toRelative) =>
        File.Copy(Path.Combine(Root, fromRelative), Path.Combine(Root, toRelative));

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
