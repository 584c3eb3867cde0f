using Microsoft.Extensions.Logging;

namespace TimKnowledgeGraph.Neo4j.LocalServer;

/// <summary>
/// Watches the local server the host owns and brings it back when it dies: the watchdog's exit says at once that the
/// JVM is gone (killed, crashed, out of memory); a periodic HTTP probe catches a JVM that runs but no longer answers,
/// which is then killed and treated the same. Restarts wait 1 s, 2 s, 4 s, ... (at most <see cref="MaxDelay"/>);
/// after <c>maxRestarts</c> failed attempts in a row the state becomes <see cref="LocalNeo4jState.Down"/> and the
/// supervisor stops trying. Every step is logged and recorded in <see cref="LocalNeo4jHealth"/>.
/// </summary>
internal sealed class LocalNeo4jSupervisor(LocalNeo4jServer server, LocalNeo4jHealth health, int maxRestarts, ILogger logger)
{
    /// <summary>The longest wait between two restart attempts.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan ProbeInterval = TimeSpan.FromSeconds(5);

    // Generous on purpose: a JVM busy with a large import or a long GC answers slowly, and killing it then would
    // lose the import. Only a server that has not answered for about a minute counts as hung.
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(10);
    private const int FailedProbesBeforeKill = 6;

    /// <summary>The back-off before restart attempt <paramref name="attempt"/> (1-based): 1 s, 2 s, 4 s, ... capped.</summary>
    public static TimeSpan Delay(int attempt) =>
        TimeSpan.FromSeconds(Math.Min(MaxDelay.TotalSeconds, Math.Pow(2, Math.Min(attempt - 1, 16))));

    /// <summary>Runs until <paramref name="stopping"/> is cancelled (the host stops) or the restarts are exhausted.</summary>
    public async Task RunAsync(CancellationToken stopping)
    {
        try
        {
            while (true)
            {
                var (exitCode, killed) = await WaitForDeathAsync(stopping).ConfigureAwait(false);
                var reason = killed ? HungReason(exitCode) : DeathReason(exitCode, server.OutOfMemoryError());
                logger.ServerDied(reason);
                health.Set(LocalNeo4jState.Restarting, reason, attempt: 1);
                if (!await RestartAsync(stopping).ConfigureAwait(false)) return;
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // the host is stopping: it stops the server itself
        }
    }

    /// <summary>Why the server is being restarted, as health reports it.</summary>
    internal static string DeathReason(int exitCode, string? outOfMemoryError) => outOfMemoryError is null
        ? $"Neo4j exited unexpectedly (exit code {exitCode})"
        : $"Neo4j ran out of memory ({outOfMemoryError}; exit code {exitCode}): a query or an import needed more than " +
          "its heap (Neo4j:Local:HeapSize), and Neo4j 3.1 cannot limit a query's memory";

    /// <summary>Why a server that stopped answering was restarted, as health reports it.</summary>
    internal static string HungReason(int exitCode) =>
        $"Neo4j stopped answering ({FailedProbesBeforeKill} health probes of {ProbeTimeout.TotalSeconds:0} s in a row): the host killed it (exit code {exitCode}) to restart it";

    // The exit code, and whether the server was killed here for not answering. While probes fail, health says so: it
    // said "up" with no error for the minute before the kill.
    private async Task<(int ExitCode, bool Killed)> WaitForDeathAsync(CancellationToken stopping)
    {
        using var http = new HttpClient { Timeout = ProbeTimeout };
        var failedProbes = 0;
        var killed = false;
        var exited = server.Exited;
        while (true)
        {
            var finished = await Task.WhenAny(exited, Task.Delay(ProbeInterval, stopping)).ConfigureAwait(false);
            stopping.ThrowIfCancellationRequested();
            if (finished == exited) return (await exited.ConfigureAwait(false), killed);
            if (server.Endpoint is not { } endpoint) continue;
            failedProbes = await AnswersAsync(http, endpoint.HttpUri, stopping).ConfigureAwait(false) ? 0 : failedProbes + 1;
            if (failedProbes > 0 && !killed)
                health.Set(LocalNeo4jState.Up, $"Neo4j at {endpoint.HttpUri} has not answered {failedProbes} health probe{(failedProbes == 1 ? "" : "s")} in a row " +
                    $"({ProbeTimeout.TotalSeconds:0} s each); after {FailedProbesBeforeKill} the host kills and restarts it");
            if (failedProbes >= FailedProbesBeforeKill)
            {
                logger.ServerHung(endpoint.HttpUri, failedProbes, ProbeTimeout);
                killed = server.KillUnresponsive();
                failedProbes = 0;
            }
        }
    }

    private async Task<bool> RestartAsync(CancellationToken stopping)
    {
        for (var attempt = 1; attempt <= maxRestarts; attempt++)
        {
            var delay = Delay(attempt);
            logger.RestartingServer(attempt, maxRestarts, delay);
            health.Set(LocalNeo4jState.Restarting, attempt: attempt);
            await Task.Delay(delay, stopping).ConfigureAwait(false);
            try
            {
                var endpoint = await server.RestartAsync(stopping).ConfigureAwait(false);
                logger.ServerRestarted(endpoint.HttpUri, attempt);
                health.MarkRestarted();
                return true;
            }
            catch (Exception e) when (e is LocalNeo4jException or IOException or UnauthorizedAccessException)
            {
                var firstLine = e.Message.Split('\n')[0].TrimEnd();
                logger.RestartFailed(attempt, maxRestarts, firstLine);
                health.Set(LocalNeo4jState.Restarting, firstLine, attempt);
            }
        }

        logger.GaveUpRestarting(maxRestarts);
        health.Set(LocalNeo4jState.Down);
        return false;
    }

    private static async Task<bool> AnswersAsync(HttpClient http, Uri uri, CancellationToken stopping)
    {
        try
        {
            using var response = await http.GetAsync(uri, stopping).ConfigureAwait(false);
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !stopping.IsCancellationRequested)
        {
            return false;
        }
    }
}
