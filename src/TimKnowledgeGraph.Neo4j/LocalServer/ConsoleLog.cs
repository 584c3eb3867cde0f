namespace TimKnowledgeGraph.Neo4j.LocalServer;

/// <summary>The server's stdout and stderr, captured to <c>logs/console.log</c> by the watchdog.</summary>
internal static class ConsoleLog
{
    private const int TailLines = 40;

    // What the JVM prints when -XX:+ExitOnOutOfMemoryError ends it (Neo4jConf), e.g.
    // "Terminating due to java.lang.OutOfMemoryError: Java heap space".
    private const string Terminating = "Terminating due to ";
    private const string OutOfMemoryExit = Terminating + "java.lang.OutOfMemoryError";

    /// <summary>
    /// Starts a fresh log, so a failure report shows this run's lines only. The run before keeps its lines in
    /// <see cref="LocalNeo4jLayout.PreviousConsoleLog"/>: after a restart they say why the server died.
    /// </summary>
    public static void Reset(LocalNeo4jLayout layout, int ownerProcessId)
    {
        if (File.Exists(layout.ConsoleLog)) File.Move(layout.ConsoleLog, layout.PreviousConsoleLog, overwrite: true);
        File.WriteAllText(layout.ConsoleLog, $"== started by TimKnowledgeGraph (pid {ownerProcessId}) at {DateTimeOffset.Now:O} =={Environment.NewLine}");
    }

    /// <summary>The JVM's last words when it ended on an OutOfMemoryError (e.g. "java.lang.OutOfMemoryError: Java heap space"); null otherwise.</summary>
    public static string? OutOfMemoryError(LocalNeo4jLayout layout) =>
        Tail(layout).Split('\n').Select(line => line.Trim()).LastOrDefault(line => line.StartsWith(OutOfMemoryExit, StringComparison.Ordinal))
            is { } line ? line[Terminating.Length..] : null;

    private const string DiskFull = "No space left on device";

    /// <summary>A full disk, said in words.</summary>
    public const string DiskFullCause = "the disk is full (" + DiskFull + ")";

    // How much of the end of the log SaysDiskFull reads: a start's output is a few KB, a full disk's stack trace ~10 KB.
    private const int DiskFullScanBytes = 64 * 1024;

    /// <summary>
    /// True when the server's output says it could not write for lack of space. While starting, that is fatal, yet the
    /// JVM may stay alive without ever serving (seen on Neo4j 3.1.1 with 180 KB free: one
    /// <c>java.io.IOException: No space left on device</c>, then nothing until the start timeout); so the start fails on it.
    /// Searched in the whole end of the log, not the 40-line tail: the stack trace after the line pushes it out of that.
    /// </summary>
    public static bool SaysDiskFull(LocalNeo4jLayout layout)
    {
        try
        {
            return Read(layout, DiskFullScanBytes).Contains(DiskFull, StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false; // unreadable now; the next poll or the start timeout decides
        }
    }

    /// <summary>
    /// What a failed start's console output says caused it, in one line: a full disk or a taken port in words, else the
    /// last line that is not part of a Java stack trace (the JVM's or Neo4j's own message); null when there is none.
    /// </summary>
    public static string? Cause(string tail)
    {
        var lines = tail.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0 && !line.StartsWith("==", StringComparison.Ordinal)).ToList();
        if (lines.Any(line => line.Contains(DiskFull, StringComparison.Ordinal))) return DiskFullCause;
        if (lines.Any(line => line.Contains("Address already in use", StringComparison.Ordinal))) return "a port it needs is taken (Address already in use)";
        var last = lines.LastOrDefault(line => !line.StartsWith("at ", StringComparison.Ordinal) && !(line.StartsWith("...", StringComparison.Ordinal) && line.EndsWith("more", StringComparison.Ordinal)));
        return last is null ? null : last.Length <= 300 ? last : last[..300] + "…";
    }

    public static string Tail(LocalNeo4jLayout layout)
    {
        try
        {
            var lines = Read(layout).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            return string.Join(Environment.NewLine, lines.TakeLast(TailLines));
        }
        catch (IOException e)
        {
            return $"({layout.ConsoleLog} unreadable: {e.Message})";
        }
    }

    // The log as the watchdog writes it (shared for writing and deletion), or only its last lastBytes when given.
    private static string Read(LocalNeo4jLayout layout, int? lastBytes = null)
    {
        using var stream = new FileStream(layout.ConsoleLog, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        if (lastBytes is { } limit && stream.Length > limit) stream.Seek(-limit, SeekOrigin.End);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
