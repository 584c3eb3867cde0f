using System.Diagnostics;
using System.Globalization;
using TimKnowledgeGraph.Neo4j.LocalServer;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.LocalServer;

/// <summary>
/// The watchdog must stop Neo4j whenever its owner goes away without StopAsync. The script is first exercised
/// with a fake Neo4j (bin/neo4j that just sleeps), which is fast; one test runs it with the real JVM.
/// </summary>
public sealed class WatchdogTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "timkg-tests", "watchdog-" + Guid.NewGuid().ToString("N"));
    private readonly List<Process> _processes = [];
    private readonly List<(int Pid, long? Started)> _orphans = [];

    [Fact]
    public async Task ShouldStopNeo4jWhenTheOwnerProcessEnds()
    {
        var owner = StartProcess("sleep", "600");
        var (watchdog, child) = await StartFakeNeo4jAsync(owner.Id);

        owner.Kill();

        await AssertExitsAsync(child, watchdog);
    }

    [Fact]
    public async Task ShouldStopNeo4jWhenTheOwnersPipeCloses()
    {
        var (watchdog, child) = await StartFakeNeo4jAsync(Environment.ProcessId);

        watchdog.StandardInput.Close(); // what the kernel does when the owner dies, even with SIGKILL

        await AssertExitsAsync(child, watchdog);
    }

    [Fact]
    public async Task ShouldForwardTerminationToNeo4j()
    {
        var (watchdog, child) = await StartFakeNeo4jAsync(Environment.ProcessId);

        Process.Start("kill", ["-TERM", watchdog.Id.ToString(CultureInfo.InvariantCulture)])!.WaitForExit();

        await AssertExitsAsync(child, watchdog);
    }

    /// <summary>
    /// StopAsync TERMs the watchdog while it does not know the JVM's pid yet. The script set its trap only after starting
    /// Neo4j and writing the pid file, so a TERM in between ended it and left Neo4j running with no owner. The pid file
    /// is a FIFO here: the script blocks writing it until it is read, so the TERM surely comes in that window.
    /// </summary>
    [Fact]
    public async Task ShouldStopNeo4jWhenTerminatedWhileItIsStarting()
    {
        var (home, script) = WriteFakeNeo4j();
        var pidFile = Path.Combine(_directory, "jvm.pid");
        StartProcess("mkfifo", pidFile).WaitForExit();
        var watchdog = StartProcess(
            "bash", script, Environment.ProcessId.ToString(CultureInfo.InvariantCulture), home, Path.Combine(_directory, "console.log"), pidFile, "5");
        var child = 0;
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult((child = ChildOf(watchdog.Id)) != 0)), "the watchdog never started Neo4j");

        Process.Start("kill", ["-TERM", watchdog.Id.ToString(CultureInfo.InvariantCulture)])!.WaitForExit();
        await Task.Delay(500, TestContext.Current.CancellationToken); // the signal is delivered while the script waits on the FIFO
        StartProcess("timeout", "10", "cat", pidFile).WaitForExit(); // lets it go on (a script the TERM ended has no writer left: 10 s)

        await AssertExitsAsync(child, watchdog);
    }

    [LocalNeo4jFact]
    public async Task ShouldStopTheRealJvmWhenTheOwnerProcessEnds()
    {
        var owner = StartProcess("sleep", "600");
        var options = LocalNeo4jTestSupport.NewOptions(Path.Combine(_directory, "data"));
        await using var server = new LocalNeo4jServer(options, logger: null, ownerProcessId: owner.Id);
        await server.StartAsync(TestContext.Current.CancellationToken);
        var jvm = server.ProcessId!.Value;

        owner.Kill();
        await owner.WaitForExitAsync();

        var deadline = DateTime.UtcNow.AddSeconds(45);
        while (LocalNeo4jLifecycleTests.IsRunning(jvm) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        Assert.False(LocalNeo4jLifecycleTests.IsRunning(jvm), $"JVM {jvm} outlived its owner");
        Assert.Contains("owner process", File.ReadAllText(Path.Combine(options.DataDirectory!, "logs", "console.log")));
    }

    public void Dispose()
    {
        foreach (var process in _processes)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            process.Dispose();
        }

        // Only the process it was (its start time), not another that took its pid since.
        foreach (var (pid, started) in _orphans.Where(o => o.Started is not null && ProcessProbe.StartTime(o.Pid) == o.Started))
            ProcessProbe.Signal(pid, ProcessProbe.SigKill);
        LocalNeo4jTestSupport.DeleteQuietly(_directory);
    }

    /// <summary>Runs the watchdog script over a bin/neo4j that ignores "console" and sleeps; returns the "JVM" pid.</summary>
    private async Task<(Process Watchdog, int Child)> StartFakeNeo4jAsync(int ownerPid)
    {
        var (home, script) = WriteFakeNeo4j();
        var pidFile = Path.Combine(_directory, "jvm.pid");
        var watchdog = StartProcess(
            "bash", script, ownerPid.ToString(CultureInfo.InvariantCulture), home, Path.Combine(_directory, "console.log"), pidFile, "5");

        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(File.Exists(pidFile) && File.ReadAllText(pidFile).EndsWith('\n'))),
            "the watchdog never wrote the pid file");
        // The script writes the pid file just before it sets its TERM trap: a TERM in between (a loaded machine may pause
        // it there) would end it without forwarding, so it counts as started once it catches TERM.
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(CatchesTerm(watchdog.Id))), "the watchdog never set its TERM trap");

        var child = int.Parse(File.ReadAllText(pidFile).Trim(), CultureInfo.InvariantCulture);
        Assert.True(LocalNeo4jLifecycleTests.IsRunning(child));
        return (watchdog, child);
    }

    /// <summary>A NEO4J_HOME whose bin/neo4j ignores "console" and sleeps, and the watchdog script beside it.</summary>
    private (string Home, string Script) WriteFakeNeo4j()
    {
        var home = Path.Combine(_directory, "home");
        Directory.CreateDirectory(Path.Combine(home, "bin"));
        File.WriteAllText(Path.Combine(home, "bin", "neo4j"), "exec sleep 600\n");
        var script = Path.Combine(_directory, "watchdog.sh");
        File.WriteAllText(script, Watchdog.Script);
        return (home, script);
    }

    // A child of the process (its pid), or 0.
    private int ChildOf(int parent)
    {
        var child = Directory.EnumerateDirectories("/proc").Select(d => int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : 0)
            .FirstOrDefault(pid => pid > 0 && ProcessProbe.ParentId(pid) == parent);
        if (child != 0) _orphans.Add((child, ProcessProbe.StartTime(child))); // stopped by Dispose if the watchdog left it running
        return child;
    }

    // Bit 15 (SIGTERM) of the caught-signals mask in /proc/<pid>/status.
    private static bool CatchesTerm(int pid)
    {
        var caught = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("SigCgt:", StringComparison.Ordinal));
        return caught is not null && (ulong.Parse(caught["SigCgt:".Length..].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture) & (1UL << 14)) != 0;
    }

    private Process StartProcess(string fileName, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(fileName, arguments) { RedirectStandardInput = true, UseShellExecute = false };
        var process = Process.Start(startInfo)!;
        _processes.Add(process);
        return process;
    }

    private static async Task AssertExitsAsync(int child, Process watchdog)
    {
        // The watchdog checks its owner once a second; the bound is for a loaded machine, not a speed target.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await watchdog.WaitForExitAsync(timeout.Token);
        Assert.False(LocalNeo4jLifecycleTests.IsRunning(child), $"fake Neo4j {child} outlived the watchdog");
    }
}
