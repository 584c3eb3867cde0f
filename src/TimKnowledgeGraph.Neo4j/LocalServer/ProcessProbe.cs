using System.Globalization;
using System.Runtime.InteropServices;

namespace TimKnowledgeGraph.Neo4j.LocalServer;

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

        return StatFields(pid) is [var state, ..] && state is not ("Z" or "X");
    }

    /// <summary>The parent's pid (1 when the process was orphaned), or null when it cannot be read.</summary>
    public static int? ParentId(int pid) =>
        StatFields(pid) is [_, var parent, ..] && int.TryParse(parent, CultureInfo.InvariantCulture, out var ppid) ? ppid : null;

    /// <summary>
    /// When the process started, in clock ticks since boot (field 22 of /proc/&lt;pid&gt;/stat), or null when it is gone
    /// or there is no procfs. A pid that is reused belongs to a process with another start time.
    /// </summary>
    public static long? StartTime(int pid) =>
        pid > 0 && StatFields(pid) is { Length: > 19 } fields && long.TryParse(fields[19], CultureInfo.InvariantCulture, out var ticks) ? ticks : null;

    /// <summary>The pid written in a pid file, or null when there is none (or no number in it).</summary>
    public static int? ReadPidFile(string path)
    {
        try
        {
            return int.TryParse(File.ReadAllText(path).Trim(), CultureInfo.InvariantCulture, out var pid) ? pid : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>
    /// The fields of /proc/&lt;pid&gt;/stat after "pid (comm)": state, ppid, ... The command name may contain spaces
    /// and parentheses, so the fields start after the last ')'. Empty when the process is gone.
    /// </summary>
    private static string[] StatFields(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException)
        {
            return [];
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

            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int sig);
}
