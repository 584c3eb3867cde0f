using System.Security.Cryptography;

namespace TimKnowledgeGraph.Neo4j.LocalServer;

/// <summary>
/// The local server's password: generated on first provisioning, kept in the data directory (mode 600) and set
/// as the store's initial user before the first start (<see cref="WriteInitialUser"/>), so Neo4j 3.1's forced
/// password change never happens.
/// </summary>
internal static class Neo4jPassword
{
    private const string Alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static async Task<string> EnsureAsync(LocalNeo4jLayout layout, CancellationToken cancellationToken)
    {
        var storeHasPassword = File.Exists(layout.AuthFile);
        if (File.Exists(layout.PasswordFile))
        {
            var stored = (await File.ReadAllTextAsync(layout.PasswordFile, cancellationToken).ConfigureAwait(false)).Trim();
            if (!storeHasPassword)
            {
                // We crashed between writing the file and setting it: finish the job with the same password.
                WriteInitialUser(layout, stored);
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
        WriteFileAtomically(layout.PasswordFile, password);
        WriteInitialUser(layout, password);
        return password;
    }

    /// <summary>Writes via a temp file, private to the user, so a crash never leaves a half-written secret behind.</summary>
    private static void WriteFileAtomically(string path, string text)
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
            writer.Write(text);
        }

        File.Move(temp, path, overwrite: true);
    }

    /// <summary>
    /// Writes the store's initial user file, <c>data/dbms/auth.ini</c>, exactly as Neo4j 3.1's
    /// <c>neo4j-admin set-initial-password</c> writes it: <c>neo4j:SHA-256,HASH,SALT:</c>, where SALT is 16 random
    /// bytes and HASH is SHA-256 over the salt followed by the password's UTF-8 bytes, both in upper-case hex; Neo4j
    /// imports it into its <c>auth</c> file on the first start. Written here rather than by neo4j-admin because that
    /// tool starts a JVM of its own (1-3 s on a 2-core machine) on the very first start, the one a newcomer waits for.
    /// Only the bundled 3.1.1 server is provisioned locally (<see cref="Neo4jDistribution"/>), so the format is fixed.
    /// </summary>
    internal static void WriteInitialUser(LocalNeo4jLayout layout, string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = SHA256.HashData([.. salt, .. System.Text.Encoding.UTF8.GetBytes(password)]);
        Directory.CreateDirectory(Path.GetDirectoryName(layout.AuthFile)!);
        WriteFileAtomically(layout.AuthFile, $"{User}:SHA-256,{Convert.ToHexString(hash)},{Convert.ToHexString(salt)}:\n");
    }

    private const string User = "neo4j";
}
