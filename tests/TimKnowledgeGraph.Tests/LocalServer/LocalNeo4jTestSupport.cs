using TimKnowledgeGraph.Graph.Configuration;
using TimKnowledgeGraph.Graph.LocalServer;

namespace TimKnowledgeGraph.Tests.LocalServer;

/// <summary>Options and start helpers shared by the local-server tests.</summary>
internal static class LocalNeo4jTestSupport
{
    /// <summary>Under CI a server that cannot start fails the test; locally a machine without Java or npm skips.</summary>
    public static bool IsCI => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A throwaway data directory under /tmp, free ports, and a small heap. The distribution cache is the real one
    /// (~/.cache/timkg), so it is downloaded once per machine, not once per run.
    /// </summary>
    public static LocalNeo4jOptions NewOptions(string? dataDirectory = null) => new()
    {
        DataDirectory = dataDirectory ?? NewDataDirectory(),
        HttpPort = 0,
        BoltPort = 0,
        HeapSize = "512m",
        PageCacheSize = "64m",
        StartTimeout = TimeSpan.FromSeconds(120),
    };

    public static string NewDataDirectory() => Path.Combine(Path.GetTempPath(), "timkg-tests", "neo4j-" + Guid.NewGuid().ToString("N"));

    /// <summary>Starts the server, turning a missing prerequisite into a skip outside CI.</summary>
    public static async Task<LocalNeo4jEndpoint> StartOrSkipAsync(LocalNeo4jServer server)
    {
        try
        {
            return await server.StartAsync(CancellationToken.None);
        }
        catch (LocalNeo4jException e) when (e.IsMissingPrerequisite && !IsCI)
        {
            throw Skip(e.Message);
        }
    }

    /// <summary>xunit 2.9 reports a test that throws with this message prefix as skipped.</summary>
    public static Exception Skip(string reason) => new InvalidOperationException("$XunitDynamicSkip$" + reason);

    public static void DeleteQuietly(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
