using TimKnowledgeGraph.Neo4j.Configuration;
using TimKnowledgeGraph.Neo4j.LocalServer;

namespace TimKnowledgeGraph.Tests.LocalServer;

/// <summary>Options and start helpers shared by the local-server tests.</summary>
internal static class LocalNeo4jTestSupport
{
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

    /// <summary>Why this machine cannot run the local server (Java, or npm before the first download), or null.</summary>
    public static string? MissingPrerequisite()
    {
        var path = Environment.GetEnvironmentVariable("PATH");
        try
        {
            Prerequisites.RequireJava(Environment.GetEnvironmentVariable("JAVA_HOME"), path);
            var home = LocalNeo4jLayout.From(new LocalNeo4jOptions()).Home;
            if (!File.Exists(Path.Combine(home, "bin", "neo4j")))
            {
                Prerequisites.RequireNpm(path);
            }

            return null;
        }
        catch (LocalNeo4jException e) when (e.IsMissingPrerequisite)
        {
            return e.Message;
        }
    }

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
