using System.Globalization;
using System.Text.RegularExpressions;

namespace TimKnowledgeGraph.Neo4j.LocalServer;

/// <summary>
/// Finds a local Neo4j that another timkg process (e.g. <c>scripts/run</c>) is already running on the same data
/// directory, so a CLI command can use it instead of stopping it: two JVMs cannot open one store, and the running
/// one belongs to its owner. An instance whose watchdog is gone (its JVM was re-parented) counts as stale.
/// </summary>
internal static partial class RunningInstance
{
    public static async Task<LocalNeo4jEndpoint?> FindAsync(LocalNeo4jLayout layout, CancellationToken cancellationToken)
    {
        if (ProcessProbe.ReadPidFile(layout.PidFile) is not { } pid || !ProcessProbe.IsRunning(pid)) return null;
        if (!ProcessProbe.Arguments(pid).Contains($"--config-dir={layout.ConfDirectory}")) return null;
        if (Owner(pid) is null) return null; // orphaned: nobody owns it any more
        if (HttpPort(layout) is not { } port || !File.Exists(layout.PasswordFile)) return null;

        var httpUri = new Uri($"http://127.0.0.1:{port}/");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await http.GetAsync(httpUri, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode) return null;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return null;
        }

        var password = (await File.ReadAllTextAsync(layout.PasswordFile, cancellationToken).ConfigureAwait(false)).Trim();
        var boltPort = BoltPort(layout) ?? 7687;
        return new LocalNeo4jEndpoint(httpUri, new Uri($"bolt://127.0.0.1:{boltPort}"), "neo4j", password);
    }

    /// <summary>
    /// The process that runs the JVM <paramref name="jvm"/>: the parent of its watchdog (<see cref="Watchdog"/>), which
    /// stops the JVM once that process is gone; null when the JVM or its watchdog was re-parented (orphaned).
    /// </summary>
    public static int? Owner(int jvm) =>
        ProcessProbe.ParentId(jvm) is { } watchdog and not 1 && ProcessProbe.ParentId(watchdog) is { } owner and not 1 ? owner : null;

    private static int? HttpPort(LocalNeo4jLayout layout) => ListenPort(layout, HttpListenAddress());

    private static int? BoltPort(LocalNeo4jLayout layout) => ListenPort(layout, BoltListenAddress());

    private static int? ListenPort(LocalNeo4jLayout layout, Regex setting)
    {
        var conf = Path.Combine(layout.ConfDirectory, "neo4j.conf");
        if (!File.Exists(conf)) return null;
        var match = setting.Match(File.ReadAllText(conf));
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"^dbms\.connector\.http\.listen_address=127\.0\.0\.1:(\d+)\s*$", RegexOptions.Multiline)]
    private static partial Regex HttpListenAddress();

    [GeneratedRegex(@"^dbms\.connector\.bolt\.listen_address=127\.0\.0\.1:(\d+)\s*$", RegexOptions.Multiline)]
    private static partial Regex BoltListenAddress();
}
