using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;
using TimKnowledgeGraph.Domain.Content.Validation;
using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.Discovery;

/// <summary>
/// What kind of file system object a path is, without opening it. .NET's <see cref="FileSystemInfo"/> reports a named
/// pipe as an empty regular file, and opening one to hash or read it blocks until a writer appears: a pipe named
/// <c>concepts/x.md</c> hung the validator. This asks <c>lstat</c> through the runtime's own native shim, whose result
/// starts with two 32-bit fields, flags and the POSIX mode, on every platform .NET runs on.
/// </summary>
internal static class UnixFileType
{
    private const int TypeMask = 0xF000;   // S_IFMT
    private const int RegularFile = 0x8000; // S_IFREG
    private const int Directory = 0x4000;   // S_IFDIR

    // The shim's FileStatus is larger than this prefix and has grown between releases: the buffer leaves room for it.
    [StructLayout(LayoutKind.Sequential, Size = 512)]
    private struct StatusPrefix
    {
        public int Flags;
        public int Mode;
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat")]
    private static extern int LStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out StatusPrefix status);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_FStat")]
    private static extern int FStat(SafeFileHandle handle, out StatusPrefix status);

    /// <summary>Null for a regular file or a folder (or on Windows, which has no such objects in a content folder);
    /// otherwise what the path is, for a message: "a named pipe", "a socket", "a device".</summary>
    public static string? Irregular(string path) =>
        OperatingSystem.IsWindows() || LStat(path, out var status) != 0 ? null : Describe(status.Mode, folderAllowed: true);

    /// <summary>Null for an open regular file; otherwise what was opened ("a folder", "a named pipe", ...).</summary>
    public static string? Irregular(SafeFileHandle handle) =>
        OperatingSystem.IsWindows() || FStat(handle, out var status) != 0 ? null : Describe(status.Mode, folderAllowed: false);

    private static string? Describe(int mode, bool folderAllowed) => (mode & TypeMask) switch
    {
        RegularFile => null,
        Directory => folderAllowed ? null : "a folder",
        0x1000 => "a named pipe",
        0xC000 => "a socket",
        0x2000 or 0x6000 => "a device",
        _ => "not a regular file",
    };

    /// <summary>The error for a path that is not a regular file (TKG093), in content and import alike.</summary>
    public static Diagnostic NotRead(string file, string what) =>
        Diagnostic.Error(new SourceLocation(file, 1, 1), DiagnosticCodes.LinkNotFollowed,
            $"'{file}' is {what}, expected a regular file; it is not read (reading it could wait forever)",
            "replace it with a regular file");
}
