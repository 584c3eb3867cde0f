namespace TimKnowledgeGraph.Neo4j.LocalServer;

/// <summary>
/// Keeps the local server's secrets private to the user who runs it: the data directory and the store's
/// <c>dbms</c> folder are 700, the auth files in it (<c>auth</c>, <c>auth.ini</c>: user names and password hashes)
/// 600, like the generated password file. Neo4j writes those files with the umask's 644; the watchdog starts it with
/// umask 077, and this is applied again on every start for data directories made before that.
/// </summary>
internal static class LocalNeo4jFiles
{
    private const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode PrivateDirectory = Private | UnixFileMode.UserExecute;

    public static void Restrict(LocalNeo4jLayout layout)
    {
        if (OperatingSystem.IsWindows()) return;
        var dbms = Path.GetDirectoryName(layout.AuthFile)!;
        foreach (var directory in new[] { layout.DataDirectory, layout.StoreDirectory, dbms })
        {
            if (Directory.Exists(directory)) File.SetUnixFileMode(directory, PrivateDirectory);
        }

        if (Directory.Exists(dbms))
        {
            foreach (var file in Directory.EnumerateFiles(dbms))
            {
                File.SetUnixFileMode(file, Private);
            }
        }

        if (File.Exists(layout.PasswordFile)) File.SetUnixFileMode(layout.PasswordFile, Private);
    }
}
