namespace TimKnowledgeGraph.Neo4j.LocalServer;

/// <summary>
/// The identity of the Neo4j JVM we launched: its pid and its start time. A pid alone is not an identity: once the
/// JVM is gone the kernel hands the number to the next process (pids wrap), so nothing is signalled by pid without
/// first checking that the process behind it started when ours did and runs this data directory's Neo4j.
/// </summary>
internal sealed record Neo4jProcess(int Pid, long StartTime)
{
    /// <summary>Reads the identity of a live process, or null when it is gone (or unknowable without procfs).</summary>
    public static Neo4jProcess? Of(int pid) => ProcessProbe.StartTime(pid) is { } start ? new Neo4jProcess(pid, start) : null;

    /// <summary>
    /// True while <see cref="Pid"/> still is this process: same start time, running, and its command line is a Neo4j
    /// of <paramref name="layout"/> (the JVM names our conf directory; before bin/neo4j execs java, the script names the home).
    /// </summary>
    public bool IsAlive(LocalNeo4jLayout layout)
    {
        if (ProcessProbe.StartTime(Pid) != StartTime || !ProcessProbe.IsRunning(Pid)) return false;
        var arguments = ProcessProbe.Arguments(Pid);
        return arguments.Contains($"--config-dir={layout.ConfDirectory}")
            || arguments.Contains(Path.Combine(layout.Home, "bin", "neo4j"));
    }

    /// <summary>Sends <paramref name="signal"/> only if the process still is ours; false when it was not sent.</summary>
    public bool Signal(LocalNeo4jLayout layout, int signal) => IsAlive(layout) && ProcessProbe.Signal(Pid, signal);
}
