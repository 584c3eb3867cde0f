namespace TimKnowledgeGraph.Graph.Loading;

/// <summary>
/// A <c>Load</c> node: one successful load, so that answers can be dated and the next load can tell which files
/// changed. It has no <c>sourceFile</c>, so the content sync never mistakes it for content.
/// </summary>
/// <param name="Id">Unique id of the load.</param>
/// <param name="At">When it committed (UTC; stored as ISO-8601 text, which sorts by time, because 3.x has no temporal types).</param>
/// <param name="ToolVersion">The informational version of the tool that wrote it.</param>
/// <param name="Files">Content paths read, ordinal order.</param>
/// <param name="Hashes">SHA-256 of each file, parallel to <paramref name="Files"/>.</param>
/// <param name="Nodes">Content nodes in the graph after the load.</param>
/// <param name="Relationships">Content relationships in the graph after the load.</param>
/// <param name="Attempt">A load begun after this one that has not committed (<see cref="LoadAttempt"/>), when marked.</param>
public sealed record LoadRecord(
    string Id, DateTimeOffset At, string ToolVersion, IReadOnlyList<string> Files, IReadOnlyList<string> Hashes, long Nodes = 0, long Relationships = 0,
    LoadAttempt? Attempt = null)
{
    /// <summary>Whether this record describes exactly these files with these hashes, written by this tool version.</summary>
    public bool Matches(string toolVersion, IReadOnlyList<(string Path, string Sha256)> files) =>
        ToolVersion == toolVersion
        && Files.Count == files.Count
        && files.Select((f, i) => f.Path == Files[i] && f.Sha256 == Hashes[i]).All(same => same);

    /// <summary>
    /// The time of a load that commits after <paramref name="latest"/>: now, or just after it when another machine's
    /// clock put it ahead, so the newest Load always sorts last.
    /// </summary>
    public static DateTimeOffset After(LoadRecord? latest)
    {
        var now = DateTimeOffset.UtcNow;
        return latest is not null && now <= latest.At ? latest.At.AddMilliseconds(1) : now;
    }

    /// <summary>A new id: sortable by time, unique across processes.</summary>
    public static string NewId(DateTimeOffset at) => $"load-{at:yyyyMMdd'T'HHmmssfff'Z'}-{Guid.NewGuid().ToString("n")[..8]}";
}
