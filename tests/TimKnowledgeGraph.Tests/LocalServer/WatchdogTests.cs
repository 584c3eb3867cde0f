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

        LocalNeo4jTestSupport.DeleteQuietly(_directory);
    }

    /// <summary>Runs the watchdog script over a bin/neo4j that ignores "console" and sleeps; returns the "JVM" pid.</summary>
    private async Task<(Process Watchdog, int Child)> StartFakeNeo4jAsync(int ownerPid)
    {
        var home = Path.Combine(_directory, "home");
        Directory.CreateDirectory(Path.Combine(home, "bin"));
        File.WriteAllText(Path.Combine(home, "bin", "neo4j"), "exec sleep 600\n");
        var script = Path.Combine(_directory, "watchdog.sh");
        File.WriteAllText(script, Watchdog.Script);
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
