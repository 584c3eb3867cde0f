using System.Runtime.InteropServices;

namespace TimKnowledgeGraph.Graph.LocalServer;

/// <summary>Signals and liveness checks by pid, for processes we did not start as <see cref="System.Diagnostics.Process"/> children.</summary>
internal static class ProcessProbe
{
    public const int SigKill = 9;
    public const int SigTerm = 15;

    /// <summary>Sends a signal; false when the process is already gone.</summary>
    public static bool Signal(int pid, int signal) => pid > 0 && kill(pid, signal) == 0;

    /// <summary>
    /// True while the process exists and is not a zombie. A zombie still answers kill(pid, 0), but it holds no ports
    /// or store locks any more, so for us it has stopped.
    /// </summary>
    public static bool IsRunning(int pid)
    {
        if (pid <= 0)
        {
            return false;
        }

        if (!Directory.Exists("/proc/self"))
        {
            return kill(pid, 0) == 0; // no procfs (macOS): best effort
        }

        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var state = stat[(stat.LastIndexOf(')') + 2)..].FirstOrDefault();
            return state is not ('Z' or 'X');
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>The process's arguments (argv), or none when they cannot be read.</summary>
    public static string[] Arguments(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Split('\0', StringSplitOptions.RemoveEmptyEntries);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>Polls until the process has stopped; false on timeout.</summary>
    public static async Task<bool> WaitForExitAsync(int pid, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (IsRunning(pid))
        {
            if (DateTime.UtcNow >= deadline)
            {
                return false;
            }

            await Task.Delay(100, cancellationToken);
        }

        return true;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int sig);
}
