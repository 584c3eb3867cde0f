using TimKnowledgeGraph.Neo4j.Configuration;

namespace TimKnowledgeGraph.Neo4j.LocalServer;

/// <summary>Every path the local server uses, resolved once from <see cref="LocalNeo4jOptions"/>.</summary>
internal sealed record LocalNeo4jLayout(string CacheDirectory, string DataDirectory)
{
    /// <summary>Folder name of the unpacked distribution inside the cache.</summary>
    public const string DistributionName = "neo4j-3.1.1";

    /// <summary>NEO4J_HOME: the read-only distribution shared by all data directories.</summary>
    public string Home => Path.Combine(CacheDirectory, DistributionName);

    /// <summary>NEO4J_CONF: per data directory, so two instances never share settings.</summary>
    public string ConfDirectory => Path.Combine(DataDirectory, "conf");

    public string StoreDirectory => Path.Combine(DataDirectory, "data");

    public string LogsDirectory => Path.Combine(DataDirectory, "logs");

    public string RunDirectory => Path.Combine(DataDirectory, "run");

    public string ConsoleLog => Path.Combine(LogsDirectory, "console.log");

    /// <summary>The console log of the run before the latest start.</summary>
    public string PreviousConsoleLog => Path.Combine(LogsDirectory, "console.previous.log");

    /// <summary>
    /// The JVM's pid, written by our watchdog. Deliberately not <c>neo4j.pid</c>: <c>bin/neo4j console</c>
    /// reads that file and would refuse to start if it saw its own pid there.
    /// </summary>
    public string PidFile => Path.Combine(RunDirectory, "timkg-neo4j.pid");

    public string WatchdogScript => Path.Combine(RunDirectory, "timkg-watchdog.sh");

    public string PasswordFile => Path.Combine(DataDirectory, "password");

    /// <summary>The store's initial user (<see cref="Neo4jPassword.WriteInitialUser"/>); its presence means the store already has a password.</summary>
    public string AuthFile => Path.Combine(StoreDirectory, "dbms", "auth.ini");

    /// <summary>Resolves the defaults: ~/.cache/timkg and ~/.local/share/timkg/neo4j.</summary>
    public static LocalNeo4jLayout From(LocalNeo4jOptions options)
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var cache = options.CacheDirectory is { Length: > 0 } c ? c : Path.Combine(home, ".cache", "timkg");
        var data = options.DataDirectory is { Length: > 0 } d ? d : Path.Combine(home, ".local", "share", "timkg", "neo4j");
        return new LocalNeo4jLayout(Path.GetFullPath(cache), Path.GetFullPath(data));
    }
}
