using System.Diagnostics;
using System.Globalization;
using System.Runtime.Versioning;
using TimKnowledgeGraph.Neo4j.LocalServer;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.LocalServer;

/// <summary>The local server signals only its own JVM, and keeps its secrets private.</summary>
public sealed class LocalNeo4jSafetyTests : IAsyncLifetime
{
    private readonly string _dataDirectory = LocalNeo4jTestSupport.NewDataDirectory();
    private readonly List<Process> _processes = [];
    private LocalNeo4jServer? _server;

    [LocalNeo4jFact]
    public async Task ShouldNotSignalAProcessThatReusedTheRecordedPid()
    {
        _server = new LocalNeo4jServer(LocalNeo4jTestSupport.NewOptions(_dataDirectory));
        await _server.StartAsync(TestContext.Current.CancellationToken);
        var jvm = _server.RecordedProcess!;
        Assert.True(ProcessProbe.Signal(jvm.Pid, ProcessProbe.SigKill));
        await _server.Exited.WaitAsync(TimeSpan.FromSeconds(30));

        // The JVM is gone and its pid now names another process: both the recorded pid and the pid file say so.
        var other = Process.Start("sleep", "60");
        _processes.Add(other);
        _server.RecordedProcess = jvm with { Pid = other.Id };
        await File.WriteAllTextAsync(Path.Combine(_dataDirectory, "run", "timkg-neo4j.pid"), other.Id.ToString(CultureInfo.InvariantCulture));

        await _server.StopAsync(TestContext.Current.CancellationToken);

        Assert.False(other.HasExited, "StopAsync signalled a process that is not its Neo4j");
        Assert.Null(_server.ProcessId);
    }

    /// <summary>
    /// A Neo4j of this data directory that another live process runs (here a stand-in: a process whose arguments carry
    /// the directory's --config-dir, under a "watchdog" whose parent is alive and is not us) is not ours to stop, even
    /// when it did not answer: a CLI command stopped the host's busy Neo4j this way. Starting fails with a clear line.
    /// </summary>
    [LocalNeo4jFact]
    public async Task ShouldNotStopANeo4jThatAnotherLiveProcessRuns()
    {
        var conf = Path.Combine(_dataDirectory, "conf");
        // owner (bash) → watchdog (a subshell) → "jvm" (bash with the conf argument, kept alive by sleep)
        var owner = Process.Start(new ProcessStartInfo("bash", ["-c", "( bash -c 'sleep 600; true' jvm \"--config-dir=$0\" & echo $!; wait ); wait", conf])
        {
            RedirectStandardOutput = true,
        })!;
        _processes.Add(owner);
        var jvm = int.Parse((await owner.StandardOutput.ReadLineAsync(TestContext.Current.CancellationToken))!, CultureInfo.InvariantCulture);
        // Until it has exec'd, the forked stand-in still shows its parent's arguments (a loaded machine may take seconds).
        await Eventually.TrueAsync(() => Task.FromResult(ProcessProbe.Arguments(jvm).Contains($"--config-dir={conf}")));
        Directory.CreateDirectory(Path.Combine(_dataDirectory, "run"));
        await File.WriteAllTextAsync(Path.Combine(_dataDirectory, "run", "timkg-neo4j.pid"), jvm.ToString(CultureInfo.InvariantCulture), TestContext.Current.CancellationToken);
        _server = new LocalNeo4jServer(LocalNeo4jTestSupport.NewOptions(_dataDirectory));
        Assert.Equal(owner.Id, RunningInstance.Owner(jvm));
        Assert.Contains($"--config-dir={conf}", ProcessProbe.Arguments(jvm));

        try
        {
            var error = await Assert.ThrowsAsync<LocalNeo4jException>(() => _server.StartAsync(TestContext.Current.CancellationToken));

            Assert.Contains($"is run by another timkg process (pid {owner.Id})", error.Message);
            Assert.True(ProcessProbe.IsRunning(jvm), "the other process's Neo4j was stopped");
        }
        finally
        {
            ProcessProbe.Signal(jvm, ProcessProbe.SigKill);
        }
    }

    [Fact]
    public void ShouldNotTakeAnotherProcessForNeo4jEvenWithItsStartTime()
    {
        var other = Process.Start("sleep", "60");
        _processes.Add(other);
        var layout = LocalNeo4jLayout.From(LocalNeo4jTestSupport.NewOptions(_dataDirectory));

        var identity = Neo4jProcess.Of(other.Id);

        Assert.NotNull(identity);
        Assert.False(identity.IsAlive(layout)); // right pid and start time, but not a Neo4j of this data directory
        Assert.False(identity.Signal(layout, ProcessProbe.SigTerm));
        Assert.False(other.HasExited);
    }

    [LocalNeo4jFact]
    [UnsupportedOSPlatform("windows")] // the local server runs where bash and Unix modes do
    public async Task ShouldKeepTheAuthFilesAndTheirDirectoriesPrivate()
    {
        _server = new LocalNeo4jServer(LocalNeo4jTestSupport.NewOptions(_dataDirectory));
        await _server.StartAsync(TestContext.Current.CancellationToken);

        var dbms = Path.Combine(_dataDirectory, "data", "dbms");
        Assert.True(File.Exists(Path.Combine(dbms, "auth")), "Neo4j wrote no auth file");
        foreach (var file in Directory.EnumerateFiles(dbms).Append(Path.Combine(_dataDirectory, "password")))
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        foreach (var directory in new[] { _dataDirectory, Path.Combine(_dataDirectory, "data"), dbms })
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(directory));
        }
    }

    [LocalNeo4jFact]
    public async Task ShouldSayWhichDataDirectoryItCannotUseInsteadOfAStackTrace()
    {
        Directory.CreateDirectory(_dataDirectory);
        var file = Path.Combine(_dataDirectory, "a-file");
        await File.WriteAllTextAsync(file, "not a folder");
        var options = LocalNeo4jTestSupport.NewOptions(Path.Combine(file, "neo4j"));
        _server = new LocalNeo4jServer(options);

        var error = await Assert.ThrowsAsync<LocalNeo4jException>(() => _server.StartAsync(TestContext.Current.CancellationToken));

        Assert.StartsWith($"The local Neo4j cannot use its data directory {Path.Combine(file, "neo4j")}: ", error.Message);
        Assert.Contains("Neo4j:Local:DataDirectory", error.Message);
        Assert.Null(_server.ProcessId);
    }

    [LocalNeo4jFact]
    public async Task ShouldSayWhichDataDirectoryItCannotWriteToWhenTheStoreExistsAlready()
    {
        // An existing store on a file system remounted read-only passed the folder check and crashed the process with a
        // stack trace (exit 134) where the configuration is written. A folder where neo4j.conf goes fails there alike.
        Directory.CreateDirectory(Path.Combine(_dataDirectory, "conf", "neo4j.conf"));
        _server = new LocalNeo4jServer(LocalNeo4jTestSupport.NewOptions(_dataDirectory));

        var error = await Assert.ThrowsAsync<LocalNeo4jException>(() => _server.StartAsync(TestContext.Current.CancellationToken));

        Assert.StartsWith($"The local Neo4j cannot use its data directory {_dataDirectory}: ", error.Message);
        Assert.Contains("neo4j.conf", error.Message);
        Assert.Null(_server.ProcessId);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
        foreach (var process in _processes)
        {
            if (!process.HasExited) process.Kill();
            process.Dispose();
        }

        LocalNeo4jTestSupport.DeleteQuietly(_dataDirectory);
    }
}
