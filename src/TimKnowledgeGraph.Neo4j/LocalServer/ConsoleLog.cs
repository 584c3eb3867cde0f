namespace TimKnowledgeGraph.Neo4j.LocalServer;

/// <summary>The server's stdout and stderr, captured to <c>logs/console.log</c> by the watchdog.</summary>
internal static class ConsoleLog
{
    private const int TailLines = 40;

    /// <summary>Starts a fresh log, so a failure report shows this run's lines only.</summary>
    public static void Reset(LocalNeo4jLayout layout, int ownerProcessId) =>
        File.WriteAllText(layout.ConsoleLog, $"== started by TimKnowledgeGraph (pid {ownerProcessId}) at {DateTimeOffset.Now:O} =={Environment.NewLine}");

    public static string Tail(LocalNeo4jLayout layout)
    {
        try
        {
            using var stream = new FileStream(layout.ConsoleLog, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            var lines = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            return string.Join(Environment.NewLine, lines.TakeLast(TailLines));
        }
        catch (IOException e)
        {
            return $"({layout.ConsoleLog} unreadable: {e.Message})";
        }
    }
}
