namespace TimKnowledgeGraph.Neo4j.LocalServer;

/// <summary>
/// The bash wrapper that runs Neo4j on our behalf, so that no JVM outlives us even when we die without calling
/// StopAsync (crash, SIGKILL, Ctrl-C). It starts <c>bin/neo4j console</c> in the background (that script execs
/// java, so <c>$!</c> is the JVM), records the JVM's pid, then once a second checks that the owner process is alive
/// and that the owner still holds the write end of our stdin pipe (the kernel closes it whenever the owner dies,
/// which also covers pid reuse). When either check fails, or we receive SIGTERM/SIGINT/SIGHUP, it stops the JVM
/// with SIGTERM, and with SIGKILL after the grace period. Neo4j runs with umask 077 (see <see cref="LocalNeo4jFiles"/>).
/// </summary>
internal static class Watchdog
{
    /// <summary>Arguments: owner pid, NEO4J_HOME, console log, pid file, grace seconds.</summary>
    public const string Script = """
        set -u
        owner=$1 home=$2 log=$3 pidfile=$4 grace=$5
        exec >>"$log" 2>&1
        # Neo4j writes its auth files (password hashes) with the umask's mode: keep everything it creates private.
        umask 077
        # The trap is set before Neo4j starts: a TERM between its start and the trap ended this script and left the JVM
        # running with no owner. One that comes before $child is known is acted on once it is.
        child= stopping=
        trap 'stopping=1; [ -n "$child" ] && kill -TERM "$child" 2>/dev/null' TERM INT HUP
        bash "$home/bin/neo4j" console </dev/null &
        child=$!
        [ -n "$stopping" ] && kill -TERM "$child" 2>/dev/null
        echo "$child" >"$pidfile"
        while kill -0 "$owner" 2>/dev/null && kill -0 "$child" 2>/dev/null; do
          # read doubles as the 1 s sleep: status 1 means EOF (owner gone), above 128 a timeout or signal
          read -r -t 1 _
          status=$?
          if [ "$status" -ne 0 ] && [ "$status" -le 128 ]; then break; fi
        done
        if kill -0 "$child" 2>/dev/null; then
          echo "timkg watchdog: owner process $owner is gone, stopping Neo4j (pid $child)"
          kill -TERM "$child" 2>/dev/null
          waited=0
          while kill -0 "$child" 2>/dev/null && [ "$waited" -lt "$grace" ]; do sleep 1; waited=$((waited + 1)); done
          kill -0 "$child" 2>/dev/null && kill -KILL "$child"
        fi
        wait "$child"
        """;

    public static string Write(LocalNeo4jLayout layout)
    {
        File.WriteAllText(layout.WatchdogScript, Script.ReplaceLineEndings("\n") + "\n");
        return layout.WatchdogScript;
    }
}
