using System.ComponentModel;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace TimKnowledgeGraph.Domain.Content.Discovery;

/// <summary>
/// Opens a file for reading only if it is a regular file, and never waits to open it. The path is checked by name
/// first (<see cref="UnixFileType.Irregular(string)"/>), so that a pipe, socket or device is never opened. That leaves
/// a gap: a named pipe put in a file's place between the check and a plain open (a content folder watched by
/// <c>serve --watch</c>) blocks that open until someone writes to the pipe. So on Linux the file is opened with
/// <c>O_NONBLOCK</c>, which returns at once for a pipe, and the descriptor itself is asked what it is; elsewhere the
/// check by name is all there is.
/// </summary>
internal static class RegularFile
{
    // Linux's values (asm-generic, as on x86-64 and arm64).
    private const int ReadOnly = 0;
    private const int NonBlocking = 0x800;     // O_NONBLOCK
    private const int CloseOnExec = 0x80000;   // O_CLOEXEC
    private const int GetFlags = 3;            // F_GETFL
    private const int SetFlags = 4;            // F_SETFL
    private const int NoSuchFile = 2;          // ENOENT
    private const int NotPermitted = 13;       // EACCES

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", EntryPoint = "fcntl", SetLastError = true)]
    private static extern int Control(SafeFileHandle handle, int command, int argument);

    /// <summary>The file, open for reading.</summary>
    /// <exception cref="NotARegularFileException">The path is a pipe, a socket, a device or a folder.</exception>
    /// <exception cref="IOException">It cannot be opened (<see cref="FileNotFoundException"/> when it is gone).</exception>
    /// <exception cref="UnauthorizedAccessException">It may not be read.</exception>
    public static FileStream OpenRead(string fullPath, int bufferSize = 4096)
    {
        if (UnixFileType.Irregular(fullPath) is { } named) throw new NotARegularFileException(fullPath, named);
        if (!OperatingSystem.IsLinux())
            return new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize, FileOptions.SequentialScan);
        var descriptor = Open(fullPath, ReadOnly | NonBlocking | CloseOnExec);
        if (descriptor < 0) throw OpenFailure(fullPath, Marshal.GetLastPInvokeError());
        var handle = new SafeFileHandle(descriptor, ownsHandle: true);
        try
        {
            if (UnixFileType.Irregular(handle) is { } what) throw new NotARegularFileException(fullPath, what);
            // Reads of a regular file ignore O_NONBLOCK; cleared all the same, so the stream is an ordinary one.
            var flags = Control(handle, GetFlags, 0);
            if (flags < 0 || Control(handle, SetFlags, flags & ~NonBlocking) < 0) throw OpenFailure(fullPath, Marshal.GetLastPInvokeError());
            return new FileStream(handle, FileAccess.Read, bufferSize);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    private static Exception OpenFailure(string fullPath, int error)
    {
        var message = $"'{fullPath}' could not be opened: {new Win32Exception(error).Message}";
        return error switch
        {
            NoSuchFile => new FileNotFoundException(message, fullPath),
            NotPermitted => new UnauthorizedAccessException(message),
            _ => new IOException(message),
        };
    }
}

/// <summary>A path that names a pipe, a socket, a device or a folder where a regular file was expected; nothing was read.</summary>
internal sealed class NotARegularFileException(string fullPath, string what)
    : IOException($"'{fullPath}' is {what}, expected a regular file")
{
    /// <summary>What the path is, for a diagnostic: "a named pipe", "a folder", ...</summary>
    public string What { get; } = what;
}
