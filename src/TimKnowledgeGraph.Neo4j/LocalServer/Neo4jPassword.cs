using System.Security.Cryptography;

namespace TimKnowledgeGraph.Neo4j.LocalServer;

/// <summary>
/// The local server's password: generated on first provisioning, kept in the data directory (mode 600) and set
/// with <c>neo4j-admin set-initial-password</c> before the first start, so Neo4j 3.1's forced password change
/// never happens.
/// </summary>
internal static class Neo4jPassword
{
    private const string Alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static async Task<string> EnsureAsync(
        LocalNeo4jLayout layout, IReadOnlyDictionary<string, string?> environment, CancellationToken cancellationToken)
    {
        var storeHasPassword = File.Exists(layout.AuthFile);
        if (File.Exists(layout.PasswordFile))
        {
            var stored = (await File.ReadAllTextAsync(layout.PasswordFile, cancellationToken).ConfigureAwait(false)).Trim();
            if (!storeHasPassword)
            {
                // We crashed between writing the file and setting it: finish the job with the same password.
                await SetInitialAsync(layout, stored, environment, cancellationToken).ConfigureAwait(false);
            }

            return stored;
        }

        if (storeHasPassword)
        {
            throw new LocalNeo4jException(
                $"The local Neo4j in {layout.DataDirectory} has a password but {layout.PasswordFile} is missing: " +
                "restore that file, or delete the data directory to start with an empty database");
        }

        var password = RandomNumberGenerator.GetString(Alphabet, 24);
        Write(layout.PasswordFile, password);
        await SetInitialAsync(layout, password, environment, cancellationToken).ConfigureAwait(false);
        return password;
    }

    /// <summary>Writes via a temp file so a crash never leaves a half-written password behind.</summary>
    private static void Write(string path, string password)
    {
        var temp = path + ".tmp";
        File.Delete(temp); // UnixCreateMode only applies to a file that is created
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(new FileStream(temp, options)))
        {
            writer.Write(password);
        }

        File.Move(temp, path, overwrite: true);
    }

    private static async Task SetInitialAsync(
        LocalNeo4jLayout layout, string password, IReadOnlyDictionary<string, string?> environment, CancellationToken cancellationToken)
    {
        // bash, not the script itself: the npm tarball loses the exec bit of bin/neo4j-admin.
        var result = await ToolRunner.RunAsync(
            "bash",
            [Path.Combine(layout.Home, "bin", "neo4j-admin"), "set-initial-password", password],
            layout.DataDirectory,
            environment,
            cancellationToken).ConfigureAwait(false);
        if (result.ExitCode != 0 || !File.Exists(layout.AuthFile))
        {
            throw new LocalNeo4jException(
                $"Setting the initial password of the local Neo4j failed (exit code {result.ExitCode}){Environment.NewLine}{result.Output}");
        }
    }
}
